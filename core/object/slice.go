package object

// SliceType is `slice`.
var SliceType = &Type{Name: "slice"}

// Slice is a slice object.
type Slice struct {
	Header
	Start, Stop, Step Value
}

// NewSlice returns slice(start, stop, step) (None for missing parts).
func NewSlice(start, stop, step Value) Value {
	return fromHeap(&Slice{Header{SliceType}, start, stop, step})
}

// AsSlice returns v as a slice.
func AsSlice(v Value) (*Slice, bool) {
	if v.IsHeap() && v.header().typ == SliceType {
		return as[Slice](v), true
	}
	return nil, false
}

// Indices resolves the slice for a sequence of length n: the first index,
// the stop, the step and the number of items (CPython's
// PySlice_GetIndicesEx).
func (s *Slice) Indices(t *Thread, n int) (start, stop, step, count int, ok bool) {
	step = 1
	if s.Step != None {
		st, ok := sliceInt(t, s.Step)
		if !ok {
			return 0, 0, 0, 0, false
		}
		if st == 0 {
			t.RaiseMsg(ValueErrorType, "slice step cannot be zero")
			return 0, 0, 0, 0, false
		}
		step = st
	}
	lower, upper := 0, n
	if step < 0 {
		lower, upper = -1, n-1
	}
	conv := func(v Value, def int) (int, bool) {
		if v == None {
			return def, true
		}
		i, ok := sliceInt(t, v)
		if !ok {
			return 0, false
		}
		if i < 0 {
			i += n
			if i < lower {
				i = lower
			}
		} else if i > upper {
			i = upper
		}
		return i, true
	}
	if step > 0 {
		start, ok = conv(s.Start, lower)
		if ok {
			stop, ok = conv(s.Stop, upper)
		}
	} else {
		start, ok = conv(s.Start, upper)
		if ok {
			stop, ok = conv(s.Stop, lower)
		}
	}
	if !ok {
		return 0, 0, 0, 0, false
	}
	switch {
	case step > 0 && stop > start:
		count = (stop - start + step - 1) / step
	case step < 0 && stop < start:
		count = (start - stop - step - 1) / -step
	}
	return start, stop, step, count, true
}

func sliceInt(t *Thread, v Value) (int, bool) {
	if i, ok := AsInt64(v); ok {
		return clampInt(i), true
	}
	if !IsInt(v) {
		if !HasIndex(v) {
			t.RaiseMsg(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
			return 0, false
		}
		r, ok := IndexValue(t, v)
		if !ok {
			return 0, false
		}
		if i, ok := AsInt64(r); ok {
			return clampInt(i), true
		}
		v = r
	}
	_, b, _ := intParts(v)
	if b.Sign() < 0 {
		return -1 << 62, true
	}
	return 1 << 62, true
}

// clampInt keeps an index far from int overflow when lengths are added.
func clampInt(i int64) int {
	if i > 1<<62 {
		return 1 << 62
	}
	if i < -(1 << 62) {
		return -1 << 62
	}
	return int(i)
}

func initSlice() {
	setupBuiltinType(SliceType, ObjectType, 0)
	SliceType.Repr = func(t *Thread, v Value) Value {
		s := as[Slice](v)
		return reprItems(t, "slice(", ")", []Value{s.Start, s.Stop, s.Step})
	}
	// Hashable since 3.12: as the tuple (start, stop, step).
	SliceType.Hash = func(t *Thread, v Value) (int64, bool) {
		// CPython's: the tuple hash's lanes without the length mixed in.
		s := as[Slice](v)
		acc := uint64(xxPrime5)
		for _, it := range [3]Value{s.Start, s.Stop, s.Step} {
			h, ok := Hash(t, it)
			if !ok {
				return 0, false
			}
			acc += uint64(h) * xxPrime2
			acc = acc<<31 | acc>>33
			acc *= xxPrime1
		}
		if acc == ^uint64(0) {
			return 1546275796, true
		}
		return int64(acc), true
	}
	SliceType.Compare = func(t *Thread, a, b Value, op int) Value {
		x, ok1 := AsSlice(a)
		y, ok2 := AsSlice(b)
		if !ok1 || !ok2 {
			return NotImplemented
		}
		if a.p == b.p && (op == cmpEQ || op == cmpNE) {
			return Bool(op == cmpEQ)
		}
		return compareSeqs(t, []Value{x.Start, x.Stop, x.Step}, []Value{y.Start, y.Stop, y.Step}, op)
	}
	SliceType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		if kwnames != nil && len(kwnames.Items) > 0 {
			return t.RaiseMsg(TypeErrorType, "slice() takes no keyword arguments")
		}
		switch len(args) {
		case 0:
			return t.RaiseMsg(TypeErrorType, "slice expected at least 1 argument, got 0")
		case 1:
			return NewSlice(None, args[0], None)
		case 2:
			return NewSlice(args[0], args[1], None)
		case 3:
			return NewSlice(args[0], args[1], args[2])
		}
		return t.Raisef(TypeErrorType, "slice expected at most 3 arguments, got %d", len(args))
	}
	SliceType.Init = nil
	member := func(name string, get Getter) {
		SliceType.Dict.setStrInit(name, fromHeap(&getSetDescr{Header{MemberGetSetType}, name, SliceType, get, true}))
	}
	member("start", func(t *Thread, v Value) Value { return as[Slice](v).Start })
	member("stop", func(t *Thread, v Value) Value { return as[Slice](v).Stop })
	member("step", func(t *Thread, v Value) Value { return as[Slice](v).Step })
	SliceType.addMethod("indices", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 || kwnames != nil {
			return t.Raisef(TypeErrorType, "slice.indices() takes exactly one argument (%d given)", len(args))
		}
		n, ok := IndexValue(t, args[0])
		if !ok {
			return Null
		}
		ln, ok := AsInt64(n)
		if !ok {
			return t.Raisef(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		if ln < 0 {
			return t.RaiseMsg(ValueErrorType, "length should not be negative")
		}
		start, stop, step, _, ok := as[Slice](self).Indices(t, int(ln))
		if !ok {
			return Null
		}
		return NewTuple([]Value{Int(int64(start)), Int(int64(stop)), Int(int64(step))}).Value()
	})
	SliceType.addMethod("__reduce__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		s := as[Slice](self)
		return NewTuple([]Value{SliceType.Value(), NewTuple([]Value{s.Start, s.Stop, s.Step}).Value()}).Value()
	})
}

// HasIndex reports whether v is an int or has __index__.
func HasIndex(v Value) bool {
	if v.p == intTagP {
		return true
	}
	if v.p == floatTagP || v.p == nil {
		return false
	}
	typ := TypeOf(v)
	if typ.Index != nil {
		return true
	}
	return typ.IsHeapType() && !typ.LookupString("__index__").IsNull()
}

// IndexValue is operator.index(v): an int, or the result of __index__, or
// TypeError "'X' object cannot be interpreted as an integer".
func IndexValue(t *Thread, v Value) (Value, bool) {
	if IsInt(v) {
		return v, true
	}
	if HasIndex(v) {
		var r Value
		if idx := TypeOf(v).Index; idx != nil {
			r = idx(t, v)
		} else {
			r, _ = callDunder(t, v, "__index__")
		}
		if r.IsNull() {
			return Null, false
		}
		if !IsInt(r) {
			t.Raisef(TypeErrorType, "__index__ returned non-int (type %s)", TypeOf(r).Name)
			return Null, false
		}
		return r, true
	}
	t.Raisef(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(v).Name)
	return Null, false
}
