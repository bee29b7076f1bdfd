package object

// FrozenSetType is `frozenset`. Its instances use set's Go struct and
// table (layout SetType), so set's operations accept both; frozenset's
// slots make their results frozensets and add hashing.
var FrozenSetType = &Type{Name: "frozenset"}

// NewFrozenSet returns an empty frozenset to be filled before it is shared.
func NewFrozenSet() *Set {
	s := NewSet()
	s.typ = FrozenSetType
	return s
}

// IsFrozenSet reports whether v is a frozenset (subclasses included).
func IsFrozenSet(v Value) bool { return v.IsHeap() && TypeOf(v).IsSubtype(FrozenSetType) }

// shuffleBits spreads an entry's hash as CPython's frozenset hash does.
func shuffleBits(h uint64) uint64 {
	return ((h ^ 89869747) ^ (h << 16)) * 3644798167
}

// frozenSetHash is CPython's frozenset hash: the xor of the shuffled
// entry hashes, mixed with the size. Computed on each call (a set's table
// is never written once it is a shared frozenset).
func frozenSetHash(t *Thread, v Value) (int64, bool) {
	s := as[Set](v)
	var h uint64
	for _, e := range s.table {
		if !e.key.IsNull() && !e.dummy {
			h ^= shuffleBits(uint64(e.hash))
		}
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if int64(h) == -1 {
		h = 590923713
	}
	return int64(h), true
}

// toFrozen retypes a fresh set result as a frozenset.
func toFrozen(r Value) Value {
	if s, ok := AsSet(r); ok && r != NotImplemented {
		s.typ = FrozenSetType
	}
	return r
}

func isDisjoint(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
	name := "set.isdisjoint"
	if IsFrozenSet(self) {
		name = "frozenset.isdisjoint"
	}
	if !argCount(t, name, args, kwnames, 1, 1) {
		return Null
	}
	x := as[Set](self)
	res := 1
	check := func(k Value) bool {
		switch x.Contains(t, k) {
		case 1:
			res = 0
			return false
		case -1:
			res = -1
			return false
		}
		return true
	}
	if y, ok := AsSet(args[0]); ok {
		if y.used < x.used {
			y.Items(check)
		} else {
			x.Items(func(k Value) bool {
				switch y.Contains(t, k) {
				case 1:
					res = 0
					return false
				case -1:
					res = -1
					return false
				}
				return true
			})
		}
	} else if ForEach(t, args[0], check) < 0 && res != 0 {
		return Null
	}
	if res < 0 {
		return Null
	}
	return Bool(res == 1)
}

func initFrozenSet() {
	setupBuiltinType(FrozenSetType, ObjectType, FlagBaseType)
	FrozenSetType.layout = SetType
	FrozenSetType.Repr = SetType.Repr
	FrozenSetType.Hash = frozenSetHash
	FrozenSetType.Len = SetType.Len
	// `{1} in s`: an unhashable set key is looked up as a frozenset.
	contains := SetType.Contains
	SetType.Contains = func(t *Thread, c, v Value) int {
		r := contains(t, c, v)
		if r < 0 && v.IsHeap() && TypeOf(v).IsSubtype(SetType) && t.ExceptionMatches(TypeErrorType) {
			t.Clear()
			tmp := NewFrozenSet()
			tmp.merge(t, as[Set](v))
			return contains(t, c, tmp.Value())
		}
		return r
	}
	FrozenSetType.Contains = SetType.Contains
	FrozenSetType.Iter = SetType.Iter
	FrozenSetType.Compare = SetType.Compare
	for _, op := range []int{nbOr, nbAnd, nbSub, nbXor} {
		f := SetType.Binary[op]
		FrozenSetType.Binary[op] = func(t *Thread, a, b Value) Value { return toFrozen(f(t, a, b)) }
	}
	FrozenSetType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		if kwnames.Len() > 0 && typ == FrozenSetType {
			return t.RaiseMsg(TypeErrorType, "frozenset() takes no keyword arguments")
		}
		if len(args) > 1 {
			return t.Raisef(TypeErrorType, "frozenset expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 1 && TypeOf(args[0]) == FrozenSetType && typ == FrozenSetType {
			return args[0]
		}
		s := NewSet()
		if len(args) == 1 && s.Update(t, args[0]) < 0 {
			return Null
		}
		s.typ = typ
		return s.Value()
	}
	FrozenSetType.Init = nil
	for _, name := range []string{"union", "intersection", "difference", "symmetric_difference"} {
		d := as[MethodDescr](SetType.Dict.getStr(NewStr(name)))
		f := d.Fn
		FrozenSetType.addMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			return toFrozen(f(t, self, args, kwnames))
		})
	}
	for _, name := range []string{"issubset", "issuperset"} {
		FrozenSetType.addMethod(name, as[MethodDescr](SetType.Dict.getStr(NewStr(name))).Fn)
	}
	FrozenSetType.addMethod("isdisjoint", isDisjoint)
	SetType.addMethod("isdisjoint", isDisjoint)
	FrozenSetType.addMethod("copy", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "frozenset.copy", args, kwnames, 0, 0) {
			return Null
		}
		if TypeOf(self) == FrozenSetType {
			return self
		}
		return toFrozen(as[Set](self).copySet(t).Value())
	})
	for _, typ := range []*Type{BytesType, ByteArrayType, ComplexType, FrozenSetType} {
		addBuiltinNew(typ)
	}
	initContainerDunders()
}
