package object

// MappingProxyType is `mappingproxy` (types.MappingProxyType): a read-only
// view of a mapping, what a class's __dict__ returns.
var MappingProxyType = &Type{Name: "mappingproxy"}

type mappingProxy struct {
	Header
	m Value
}

// NewMappingProxy returns a read-only view of m.
func NewMappingProxy(m Value) Value { return fromHeap(&mappingProxy{Header{MappingProxyType}, m}) }

func initMappingProxy() {
	setupBuiltinType(MappingProxyType, ObjectType, 0)
	typ := MappingProxyType
	inner := func(v Value) Value { return as[mappingProxy](v).m }
	typ.New = func(t *Thread, _ *Type, args []Value, kwnames *Tuple) Value {
		if kwnames != nil || len(args) != 1 {
			return t.Raisef(TypeErrorType, "mappingproxy() takes exactly one argument (%d given)", len(args))
		}
		mt := TypeOf(args[0])
		if mt.GetItem == nil || mt.layout == ListType || mt.layout == TupleType {
			return t.Raisef(TypeErrorType, "mappingproxy() argument must be a mapping, not %s", mt.Name)
		}
		return NewMappingProxy(args[0])
	}
	typ.Init = nil
	typ.Repr = func(t *Thread, v Value) Value {
		r := Repr(t, inner(v))
		if r == nil {
			return Null
		}
		return NewStr("mappingproxy(" + r.s + ")").Value()
	}
	typ.Str = func(t *Thread, v Value) Value { return StrOf(t, inner(v)) }
	typ.Len = func(t *Thread, v Value) int { return Len(t, inner(v)) }
	typ.GetItem = func(t *Thread, v, key Value) Value { return GetItem(t, inner(v), key) }
	typ.Contains = func(t *Thread, v, key Value) int { return Contains(t, inner(v), key) }
	typ.Iter = func(t *Thread, v Value) Value { return GetIter(t, inner(v)) }
	typ.Compare = func(t *Thread, a, b Value, op int) Value { return RichCompare(t, inner(a), b, op) }
	typ.Hash = unhashable
	typ.Binary[nbOr] = func(t *Thread, a, b Value) Value {
		if TypeOf(a) == MappingProxyType {
			a = inner(a)
		}
		if TypeOf(b) == MappingProxyType {
			b = inner(b)
		}
		return BinaryOp(t, a, b, nbOr)
	}
	forward := func(name string) {
		n := NewStr(name)
		typ.addMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			m := GetAttr(t, inner(self), n)
			if m.IsNull() {
				return Null
			}
			return Call(t, m, args, kwnames)
		})
	}
	for _, name := range []string{"keys", "values", "items", "get", "copy"} {
		forward(name)
	}
	typ.addMethod("__reversed__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		m := GetAttr(t, inner(self), NewStr("__reversed__"))
		if m.IsNull() {
			return Null
		}
		return Call(t, m, args, kwnames)
	})
}
