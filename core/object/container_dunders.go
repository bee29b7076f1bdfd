package object

// The dunders of the number and container types that are not slots here
// (divmod, sizeof, getnewargs, reversed for lists).

// divmodValues is divmod(a, b) through the // and % slots of typ:
// NotImplemented when they do not apply.
func divmodValues(t *Thread, typ *Type, a, b Value) Value {
	q := typ.Binary[nbFloorDiv](t, a, b)
	if q.IsNull() || q == NotImplemented {
		return q
	}
	r := typ.Binary[nbMod](t, a, b)
	if r.IsNull() || r == NotImplemented {
		return r
	}
	return NewTuple([]Value{q, r}).Value()
}

func initContainerDunders() {
	for _, typ := range []*Type{IntType, FloatType} {
		op := func(t *Thread, a, b Value) Value {
			if typ == IntType {
				if !IsInt(a) || !IsInt(b) {
					return NotImplemented
				}
				return divmodValues(t, IntType, a, b)
			}
			return floatDivmod(t, a, b)
		}
		typ.addMethod("__divmod__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !wrapperArgs(t, args, kwnames, 1) {
				return Null
			}
			return op(t, self, args[0])
		})
		typ.addMethod("__rdivmod__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !wrapperArgs(t, args, kwnames, 1) {
				return Null
			}
			return op(t, args[0], self)
		})
	}
	// list[int] and the like: types.GenericAlias (PEP 585).
	for _, typ := range []*Type{ListType, TupleType, DictType, SetType, FrozenSetType, GeneratorType} {
		typ.Dict.setStrInit("__class_getitem__", fromHeap(&wrapper{Header{ClassMethodType},
			NewBuiltin("__class_getitem__", Null, func(t *Thread, _ Value, args []Value, kwnames *Tuple) Value {
				if !argCount(t, "__class_getitem__", args[1:], kwnames, 1, 1) {
					return Null
				}
				return newAlias(GenericAliasType, args[0], args[1])
			})}))
	}
	sizeof := func(typ *Type, f func(v Value) int) {
		typ.addMethod("__sizeof__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !argCount(t, typ.Name+".__sizeof__", args, kwnames, 0, 0) {
				return Null
			}
			return Int(int64(f(self)))
		})
	}
	sizeof(ListType, func(v Value) int { return 40 + 8*cap(as[List](v).Items) })
	sizeof(TupleType, func(v Value) int { return 24 + 8*len(as[Tuple](v).Items) })
	sizeof(DictType, func(v Value) int {
		d := as[Dict](v)
		if len(d.indices) == 0 {
			return 48
		}
		return 48 + len(d.indices) + 24*cap(d.entries)
	})
	sizeof(SetType, func(v Value) int { return 200 + 16*max(len(as[Set](v).table)-8, 0) })
	FrozenSetType.addMethod("__sizeof__", as[MethodDescr](SetType.Dict.getStr(NewStr("__sizeof__"))).Fn)
	TupleType.addMethod("__getnewargs__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "tuple.__getnewargs__", args, kwnames, 0, 0) {
			return Null
		}
		return NewTuple([]Value{NewTuple(append([]Value(nil), as[Tuple](self).Items...)).Value()}).Value()
	})
	ListType.addMethod("__reversed__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "list.__reversed__", args, kwnames, 0, 0) {
			return Null
		}
		return fromHeap(&listRevIter{Header{ListRevIterType}, as[List](self), len(as[List](self).Items) - 1})
	})
	setupBuiltinType(ListRevIterType, ObjectType, 0)
	ListRevIterType.New = nil
	ListRevIterType.Iter = selfIter
	ListRevIterType.Next = func(t *Thread, v Value) Value {
		it := as[listRevIter](v)
		if it.l == nil {
			return Null
		}
		if it.i >= 0 && it.i < len(it.l.Items) {
			it.i--
			return it.l.Items[it.i+1]
		}
		it.l = nil
		return Null
	}
	ListRevIterType.addMethod("__length_hint__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		it := as[listRevIter](self)
		if it.l == nil || it.i >= len(it.l.Items) {
			return Int(0)
		}
		return Int(int64(it.i + 1))
	})
}

// ListRevIterType is `list_reverseiterator`.
var ListRevIterType = &Type{Name: "list_reverseiterator"}

type listRevIter struct {
	Header
	l *List
	i int
}

var (
	strDivmod  = NewStr("__divmod__")
	strRDivmod = NewStr("__rdivmod__")
)

// floatDivmod is divmod of two numbers, one of them a float.
func floatDivmod(t *Thread, a, b Value) Value {
	x, ok := floatOperand(t, a)
	if !ok {
		if t.Exc != nil {
			return Null
		}
		return NotImplemented
	}
	y, ok := floatOperand(t, b)
	if !ok {
		if t.Exc != nil {
			return Null
		}
		return NotImplemented
	}
	if y == 0 {
		return t.RaiseMsg(ZeroDivisionErrorType, "float divmod()")
	}
	q, r := FloatDivMod(x, y)
	return NewTuple([]Value{Float(q), Float(r)}).Value()
}

// DivMod is divmod(a, b): ints and floats directly, then __divmod__ of
// a's type and __rdivmod__ of b's (the subclass first when it overrides
// it), with CPython's messages.
func DivMod(t *Thread, a, b Value) Value {
	if IsInt(a) && IsInt(b) && !TypeOf(a).IsHeapType() && !TypeOf(b).IsHeapType() {
		return divmodValues(t, IntType, a, b)
	}
	if (a.IsFloat() || IsInt(a)) && (b.IsFloat() || IsInt(b)) && !TypeOf(a).IsHeapType() && !TypeOf(b).IsHeapType() {
		return floatDivmod(t, a, b)
	}
	ta, tb := TypeOf(a), TypeOf(b)
	call := func(typ *Type, name *Str, self, other Value) Value {
		m := typ.Lookup(name)
		if m.IsNull() {
			return NotImplemented
		}
		f := m
		if d := TypeOf(m).DescrGet; d != nil {
			f = d(t, m, self, typ)
			if f.IsNull() {
				return Null
			}
			return Call(t, f, []Value{other}, nil)
		}
		return Call(t, f, []Value{self, other}, nil)
	}
	first := func() Value { return call(ta, strDivmod, a, b) }
	second := func() Value {
		if tb == ta {
			return NotImplemented
		}
		return call(tb, strRDivmod, b, a)
	}
	if tb != ta && tb.IsSubtype(ta) && !lookupPy(tb, strRDivmod).IsNull() {
		first, second = second, first
	}
	if r := first(); r != NotImplemented {
		return r
	}
	if r := second(); r != NotImplemented {
		return r
	}
	return t.Raisef(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", ta.Name, tb.Name)
}
