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
		return int(i), true
	}
	if IsInt(v) {
		s, b, _ := intParts(v)
		_ = s
		if b.Sign() < 0 {
			return -1 << 62, true
		}
		return 1 << 62, true
	}
	t.RaiseMsg(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	return 0, false
}

func initSlice() {
	setupBuiltinType(SliceType, ObjectType, 0)
	SliceType.Repr = func(t *Thread, v Value) Value {
		s := as[Slice](v)
		return reprItems(t, "slice(", ")", []Value{s.Start, s.Stop, s.Step})
	}
	SliceType.Hash = unhashable
	SliceType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		switch len(args) {
		case 1:
			return NewSlice(None, args[0], None)
		case 2:
			return NewSlice(args[0], args[1], None)
		case 3:
			return NewSlice(args[0], args[1], args[2])
		}
		return t.Raisef(TypeErrorType, "slice expected at least 1 argument, got %d", len(args))
	}
}
