package object

// noneObject is the layout of None, NotImplemented and Ellipsis.
type noneObject struct{ Header }

// The singleton types.
var (
	NoneType           = &Type{Name: "NoneType"}
	NotImplementedType = &Type{Name: "NotImplementedType"}
	EllipsisType       = &Type{Name: "ellipsis"}
)

var noneObj, notImplementedObj, ellipsisObj noneObject

// None, NotImplemented and Ellipsis (immortal, process-wide).
var (
	None           = fromHeap(&noneObj)
	NotImplemented = fromHeap(&notImplementedObj)
	Ellipsis       = fromHeap(&ellipsisObj)
)

func constRepr(s string) UnaryFunc {
	str := NewStr(s).Value()
	return func(*Thread, Value) Value { return str }
}

func initSingletons() {
	for _, c := range []struct {
		typ  *Type
		obj  *noneObject
		repr string
	}{{NoneType, &noneObj, "None"}, {NotImplementedType, &notImplementedObj, "NotImplemented"}, {EllipsisType, &ellipsisObj, "Ellipsis"}} {
		setupBuiltinType(c.typ, ObjectType, 0)
		c.obj.typ = c.typ
		c.typ.Repr = constRepr(c.repr)
		c.typ.Str = c.typ.Repr
		obj := fromHeap(c.obj)
		// NoneType() returns the singleton (CPython's none_new).
		c.typ.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
			if len(args) > 0 {
				name := typ.Name
				if typ == EllipsisType {
					name = "EllipsisType" // CPython's message, not tp_name
				}
				return t.Raisef(TypeErrorType, "%s takes no arguments", name)
			}
			return obj
		}
		c.typ.Init = nil
	}
	NoneType.Bool = func(*Thread, Value) int { return 0 }
	// hash(None) is a constant since 3.12 (sets holding None order as
	// CPython's).
	NoneType.Hash = func(*Thread, Value) (int64, bool) { return 0xFCA86420, true }
}
