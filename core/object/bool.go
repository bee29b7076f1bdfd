package object

// boolObject is the layout of True and False: an int 0 or 1.
type boolObject struct {
	Header
	v int64
}

// BoolType is `bool`, a subclass of int.
var BoolType = &Type{Name: "bool"}

var trueObj, falseObj boolObject

// True and False (immortal, process-wide).
var (
	True  = fromHeap(&trueObj)
	False = fromHeap(&falseObj)
)

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

func initBool() {
	setupBuiltinType(BoolType, IntType, 0)
	trueObj = boolObject{Header{BoolType}, 1}
	falseObj = boolObject{Header{BoolType}, 0}
	BoolType.Repr = func(t *Thread, v Value) Value {
		if v == True {
			return NewStr("True").Value()
		}
		return NewStr("False").Value()
	}
	BoolType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		if kwnames != nil || len(args) > 1 {
			return t.RaiseMsg(TypeErrorType, "bool() takes at most 1 argument")
		}
		if len(args) == 0 {
			return False
		}
		r := Truth(t, args[0])
		if r < 0 {
			return Null
		}
		return Bool(r == 1)
	}
	BoolType.Init = nil
	logic := func(op func(a, b bool) bool, intOp BinaryFunc) BinaryFunc {
		return func(t *Thread, a, b Value) Value {
			if TypeOf(a) == BoolType && TypeOf(b) == BoolType {
				return Bool(op(a == True, b == True))
			}
			return intOp(t, a, b)
		}
	}
	BoolType.Binary[nbAnd] = logic(func(a, b bool) bool { return a && b }, IntType.Binary[nbAnd])
	BoolType.Binary[nbOr] = logic(func(a, b bool) bool { return a || b }, IntType.Binary[nbOr])
	BoolType.Binary[nbXor] = logic(func(a, b bool) bool { return a != b }, IntType.Binary[nbXor])
}
