package object

import "strconv"

// RangeType is `range` (int64 bounds for now; big bounds raise
// OverflowError).
var RangeType = &Type{Name: "range"}

// Range is a range object.
type Range struct {
	Header
	Start, Stop, Step, Len int64
}

// RangeIterType is `range_iterator`.
var RangeIterType = &Type{Name: "range_iterator"}

// RangeIter iterates a range.
type RangeIter struct {
	Header
	next, step, left int64
}

// NewRange returns range(start, stop, step); step != 0.
func NewRange(start, stop, step int64) *Range {
	var n int64
	switch {
	case step > 0 && stop > start:
		n = (stop-start-1)/step + 1
	case step < 0 && stop < start:
		n = (start-stop-1)/(-step) + 1
	}
	return &Range{Header{RangeType}, start, stop, step, n}
}

// RangeIterNext is FOR_ITER's fast path: the next int, or false when
// exhausted. v must be a range iterator.
func RangeIterNext(v Value) (Value, bool) {
	it := as[RangeIter](v)
	if it.left <= 0 {
		return Null, false
	}
	it.left--
	r := it.next
	it.next += it.step
	return Int(r), true
}

// IsRangeIter reports whether v is a range iterator.
func IsRangeIter(v Value) bool { return v.IsHeap() && v.header().typ == RangeIterType }

// IsListIter reports whether v is a list iterator.
func IsListIter(v Value) bool { return v.IsHeap() && v.header().typ == ListIterType }

func rangeArg(t *Thread, v Value) (int64, bool) {
	if i, ok := AsInt64(v); ok {
		return i, true
	}
	if IsInt(v) {
		t.RaiseMsg(OverflowErrorType, "Python int too large to convert to C ssize_t")
		return 0, false
	}
	t.Raisef(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(v).Name)
	return 0, false
}

func initRange() {
	setupBuiltinType(RangeType, ObjectType, 0)
	RangeType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		if kwnames != nil {
			return t.RaiseMsg(TypeErrorType, "range() takes no keyword arguments")
		}
		var v [3]int64
		v[2] = 1
		for i, a := range args {
			if i > 2 {
				break
			}
			x, ok := rangeArg(t, a)
			if !ok {
				return Null
			}
			v[i] = x
		}
		switch len(args) {
		case 1:
			return fromHeap(NewRange(0, v[0], 1))
		case 2, 3:
			if v[2] == 0 {
				return t.RaiseMsg(ValueErrorType, "range() arg 3 must not be zero")
			}
			return fromHeap(NewRange(v[0], v[1], v[2]))
		case 0:
			return t.RaiseMsg(TypeErrorType, "range expected at least 1 argument, got 0")
		}
		return t.Raisef(TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
	}
	RangeType.Init = nil
	RangeType.Repr = func(t *Thread, v Value) Value {
		r := as[Range](v)
		s := "range(" + strconv.FormatInt(r.Start, 10) + ", " + strconv.FormatInt(r.Stop, 10)
		if r.Step != 1 {
			s += ", " + strconv.FormatInt(r.Step, 10)
		}
		return NewStr(s + ")").Value()
	}
	RangeType.Len = func(t *Thread, v Value) int { return int(as[Range](v).Len) }
	RangeType.Iter = func(t *Thread, v Value) Value {
		r := as[Range](v)
		return fromHeap(&RangeIter{Header{RangeIterType}, r.Start, r.Step, r.Len})
	}
	RangeType.GetItem = func(t *Thread, v, key Value) Value {
		r := as[Range](v)
		i, ok := AsInt64(key)
		if !ok {
			return t.Raisef(TypeErrorType, "range indices must be integers or slices, not %s", TypeOf(key).Name)
		}
		j, ok := normIndex(i, int(r.Len))
		if !ok {
			return t.RaiseMsg(IndexErrorType, "range object index out of range")
		}
		return Int(r.Start + int64(j)*r.Step)
	}
	setupBuiltinType(RangeIterType, ObjectType, 0)
	RangeIterType.New = nil
	RangeIterType.Iter = selfIter
	RangeIterType.Next = func(t *Thread, v Value) Value {
		r, _ := RangeIterNext(v)
		return r
	}
}
