package object

// Helpers shared by the methods of list, tuple and range.

// seqBound converts an index argument of list.index/tuple.index (clamped
// as a slice index, __index__ accepted).
func seqBound(t *Thread, v Value, n int) (int, bool) {
	if !HasIndex(v) {
		t.RaiseMsg(TypeErrorType, "slice indices must be integers or have an __index__ method")
		return 0, false
	}
	i, ok := sliceInt(t, v)
	if !ok {
		return 0, false
	}
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	return i, true
}

// seqIndex is list.index / tuple.index(value[, start[, stop]]).
func seqIndex(t *Thread, self Value, args []Value, kwnames *Tuple, what string) Value {
	if kwnames.Len() > 0 {
		return t.Raisef(TypeErrorType, "%s.index() takes no keyword arguments", what)
	}
	if len(args) < 1 {
		return t.RaiseMsg(TypeErrorType, "index expected at least 1 argument, got 0")
	}
	if len(args) > 3 {
		return t.Raisef(TypeErrorType, "index expected at most 3 arguments, got %d", len(args))
	}
	items := func() []Value {
		if what == "list" {
			return as[List](self).Items
		}
		return as[Tuple](self).Items
	}
	start, stop := 0, 1<<62
	var ok bool
	if len(args) > 1 {
		if start, ok = seqBound(t, args[1], len(items())); !ok {
			return Null
		}
	}
	if len(args) > 2 {
		if stop, ok = seqBound(t, args[2], len(items())); !ok {
			return Null
		}
	}
	// The list may shrink while __eq__ runs: re-read it every step.
	for i := start; i < stop && i < len(items()); i++ {
		switch Equal(t, items()[i], args[0]) {
		case 1:
			return Int(int64(i))
		case -1:
			return Null
		}
	}
	if what == "list" {
		r := Repr(t, args[0])
		if r == nil {
			return Null
		}
		return t.Raisef(ValueErrorType, "%s is not in list", r.s)
	}
	return t.RaiseMsg(ValueErrorType, "tuple.index(x): x not in tuple")
}

// isRepeatable reports whether typ is a sequence that `*` repeats
// (CPython's sq_repeat): the error for a non-int count names the count.
func isRepeatable(typ *Type) bool {
	switch typ.layout {
	case ListType, TupleType, StrType, BytesType, ByteArrayType:
		return true
	}
	return false
}

// repeatCount decodes the count of seq * n: ok false with NotImplemented
// semantics (no exception) when n is not an integer; err true when an
// exception is set.
func repeatCount(t *Thread, n Value) (count int64, ok, err bool) {
	if i, ok := AsInt64(n); ok {
		return i, true, false
	}
	if !HasIndex(n) {
		return 0, false, false
	}
	r, good := IndexValue(t, n)
	if !good {
		return 0, false, true
	}
	if i, ok := AsInt64(r); ok {
		return i, true, false
	}
	_, b, _ := intParts(r)
	if b.Sign() < 0 {
		return 0, true, false
	}
	t.Raisef(OverflowErrorType, "cannot fit '%s' into an index-sized integer", TypeOf(n).Name)
	return 0, false, true
}

// repeatItems is items * n for list and tuple.
func repeatItems(t *Thread, items []Value, n int64) ([]Value, bool) {
	if n <= 0 || len(items) == 0 {
		return nil, true
	}
	// CPython: PyErr_NoMemory() when the size overflows or malloc fails.
	if n > (1<<63-1)/int64(len(items)) || allocTooLarge(n*int64(len(items)), 16 /* sizeof(Value) */) {
		raiseNoMemory(t)
		return nil, false
	}
	out := make([]Value, int(n)*len(items))
	for i := copy(out, items); i < len(out); i *= 2 {
		copy(out[i:], out[:i]) // doubling copies: memmove, not a loop per item
	}
	return out, true
}

// seqMul is the `*` slot of list and tuple (either operand order).
func seqMul(t *Thread, a, b Value, isSeq func(Value) ([]Value, bool), mk func([]Value) Value) Value {
	items, ok := isSeq(a)
	count := b
	if !ok {
		if items, ok = isSeq(b); !ok {
			return NotImplemented
		}
		count = a
	}
	n, ok, err := repeatCount(t, count)
	if err {
		return Null
	}
	if !ok {
		return NotImplemented
	}
	out, ok := repeatItems(t, items, n)
	if !ok {
		return Null
	}
	return mk(out)
}

// SsizeArg converts an index argument (an int or __index__) to int64, as
// CPython's Py_ssize_t arguments: OverflowError when it does not fit.
func SsizeArg(t *Thread, v Value) (int64, bool) {
	if i, ok := AsInt64(v); ok {
		return i, true
	}
	r, ok := IndexValue(t, v)
	if !ok {
		return 0, false
	}
	if i, ok := AsInt64(r); ok {
		return i, true
	}
	t.RaiseMsg(OverflowErrorType, "Python int too large to convert to C ssize_t")
	return 0, false
}
