package object

import (
	"math/big"
	"strconv"
)

// RangeType is `range`. Bounds that fit in int64 (with a length that
// fits too) use the int64 fields only; other ranges also carry their
// bounds as big ints (`big`), as CPython's ranges of arbitrary ints.
var RangeType = &Type{Name: "range"}

// Range is a range object.
type Range struct {
	Header
	Start, Stop, Step, Len int64
	big                    *bigRange // nil for the int64 ranges
}

// bigRange holds the bounds of a range that do not all fit in int64.
type bigRange struct {
	start, stop, step, length *big.Int
}

// RangeIterType is `range_iterator`; LongRangeIterType is
// `longrange_iterator` (the iterator of a range with big bounds).
var (
	RangeIterType     = &Type{Name: "range_iterator"}
	LongRangeIterType = &Type{Name: "longrange_iterator"}
)

// RangeIter iterates a range.
type RangeIter struct {
	Header
	next, step, left int64
}

// longRangeIter iterates a range with big bounds.
type longRangeIter struct {
	Header
	next, step, left *big.Int
}

// NewRange returns range(start, stop, step); step != 0.
func NewRange(start, stop, step int64) *Range {
	var n uint64
	switch {
	case step > 0 && stop > start:
		n = (uint64(stop)-uint64(start)-1)/uint64(step) + 1
	case step < 0 && stop < start:
		n = (uint64(start)-uint64(stop)-1)/(-uint64(step)) + 1
	}
	if n > 1<<63-1 {
		return newBigRange(big.NewInt(start), big.NewInt(stop), big.NewInt(step))
	}
	return &Range{Header: Header{RangeType}, Start: start, Stop: stop, Step: step, Len: int64(n)}
}

// newBigRange returns a range from big bounds (normalized to the int64
// form when everything fits).
func newBigRange(start, stop, step *big.Int) *Range {
	n := new(big.Int)
	switch {
	case step.Sign() > 0 && stop.Cmp(start) > 0:
		n.Sub(stop, start)
		n.Sub(n, bigOne)
		n.Quo(n, step)
		n.Add(n, bigOne)
	case step.Sign() < 0 && stop.Cmp(start) < 0:
		n.Sub(start, stop)
		n.Sub(n, bigOne)
		n.Quo(n, new(big.Int).Neg(step))
		n.Add(n, bigOne)
	}
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() && n.IsInt64() {
		return &Range{Header: Header{RangeType}, Start: start.Int64(), Stop: stop.Int64(), Step: step.Int64(), Len: n.Int64()}
	}
	return &Range{Header: Header{RangeType}, big: &bigRange{start, stop, step, n}}
}

var bigOne = big.NewInt(1)

// bounds returns the range's bounds and length as ints.
func (r *Range) bounds() (start, stop, step, length Value) {
	if r.big == nil {
		return Int(r.Start), Int(r.Stop), Int(r.Step), Int(r.Len)
	}
	b := r.big
	return NewIntFromBig(b.start), NewIntFromBig(b.stop), NewIntFromBig(b.step), NewIntFromBig(b.length)
}

// bigBounds returns the bounds as big ints (fresh ones for int64 ranges).
func (r *Range) bigBounds() *bigRange {
	if r.big != nil {
		return r.big
	}
	return &bigRange{big.NewInt(r.Start), big.NewInt(r.Stop), big.NewInt(r.Step), big.NewInt(r.Len)}
}

// isEmpty reports len(r) == 0.
func (r *Range) isEmpty() bool {
	if r.big != nil {
		return r.big.length.Sign() == 0
	}
	return r.Len == 0
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

// rangeArg converts an argument of range() (an int or __index__).
func rangeArg(t *Thread, v Value) (*big.Int, int64, bool) {
	if i, ok := AsInt64(v); ok {
		return nil, i, true
	}
	if !IsInt(v) {
		if !HasIndex(v) {
			t.Raisef(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(v).Name)
			return nil, 0, false
		}
		r, ok := IndexValue(t, v)
		if !ok {
			return nil, 0, false
		}
		v = r
	}
	s, b, _ := intParts(v)
	return b, s, true
}

// rangeItem is start + i*step for 0 <= i < len.
func (r *Range) item(i *big.Int) Value {
	b := r.bigBounds()
	x := new(big.Int).Mul(i, b.step)
	return NewIntFromBig(x.Add(x, b.start))
}

// rangeIndexOf returns the position of int v in r, or -1 (as a nil big)
// when v is not in it.
func (r *Range) indexOf(v Value) (*big.Int, bool) {
	if r.big == nil {
		if x, ok := AsInt64(v); ok {
			if r.Len == 0 {
				return nil, false
			}
			d := x - r.Start
			if (r.Step > 0 && (x < r.Start || x >= r.Stop)) || (r.Step < 0 && (x > r.Start || x <= r.Stop)) {
				return nil, false
			}
			// x is within the bounds: the difference fits in uint64.
			ud := uint64(d)
			us := uint64(r.Step)
			if r.Step < 0 {
				ud, us = -ud, -us
			}
			if ud%us != 0 {
				return nil, false
			}
			return big.NewInt(int64(ud / us)), true
		}
	}
	s, bv, _ := intParts(v)
	x := bigOf(s, bv)
	b := r.bigBounds()
	if b.length.Sign() == 0 {
		return nil, false
	}
	if b.step.Sign() > 0 {
		if x.Cmp(b.start) < 0 || x.Cmp(b.stop) >= 0 {
			return nil, false
		}
	} else if x.Cmp(b.start) > 0 || x.Cmp(b.stop) <= 0 {
		return nil, false
	}
	d := new(big.Int).Sub(x, b.start)
	q, m := new(big.Int).QuoRem(d, b.step, new(big.Int))
	if m.Sign() != 0 {
		return nil, false
	}
	return q, true
}

// isExactInt reports whether v is an int or a bool (not a subclass with
// its own __eq__): membership then is arithmetic.
func isExactInt(v Value) bool {
	if v.IsSmallInt() {
		return true
	}
	typ := TypeOf(v)
	return typ == IntType || typ == BoolType
}

func rangeNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
	if kwnames.Len() > 0 {
		return t.RaiseMsg(TypeErrorType, "range() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return t.RaiseMsg(TypeErrorType, "range expected at least 1 argument, got 0")
	case 1, 2, 3:
	default:
		return t.Raisef(TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
	}
	var bs [3]*big.Int
	var vs [3]int64
	vs[2] = 1
	anyBig := false
	for i, a := range args {
		b, s, ok := rangeArg(t, a)
		if !ok {
			return Null
		}
		bs[i], vs[i] = b, s
		anyBig = anyBig || b != nil
	}
	if len(args) == 1 {
		bs[1], vs[1], bs[0], vs[0] = bs[0], vs[0], nil, 0
	}
	if len(args) == 3 && bs[2] == nil && vs[2] == 0 {
		return t.RaiseMsg(ValueErrorType, "range() arg 3 must not be zero")
	}
	if !anyBig {
		return fromHeap(NewRange(vs[0], vs[1], vs[2]))
	}
	return fromHeap(newBigRange(bigOf(vs[0], bs[0]), bigOf(vs[1], bs[1]), bigOf(vs[2], bs[2])))
}

func rangeGetItem(t *Thread, v, key Value) Value {
	r := as[Range](v)
	if i, ok := AsInt64(key); ok && r.big == nil {
		j, ok := normIndex(i, int(r.Len))
		if !ok {
			return t.RaiseMsg(IndexErrorType, "range object index out of range")
		}
		return Int(r.Start + int64(j)*r.Step)
	}
	if sl, ok := AsSlice(key); ok {
		return rangeSlice(t, r, sl)
	}
	if !IsInt(key) {
		if !HasIndex(key) {
			return t.Raisef(TypeErrorType, "range indices must be integers or slices, not %s", TypeOf(key).Name)
		}
		k, ok := IndexValue(t, key)
		if !ok {
			return Null
		}
		key = k
	}
	s, bk, _ := intParts(key)
	i := new(big.Int).Set(bigOf(s, bk))
	b := r.bigBounds()
	if i.Sign() < 0 {
		i.Add(i, b.length)
	}
	if i.Sign() < 0 || i.Cmp(b.length) >= 0 {
		return t.RaiseMsg(IndexErrorType, "range object index out of range")
	}
	return r.item(i)
}

// rangeSlice is r[sl]: another range.
func rangeSlice(t *Thread, r *Range, sl *Slice) Value {
	if r.big == nil && r.Len < 1<<62 {
		start, stop, step, _, ok := sl.Indices(t, int(r.Len))
		if !ok {
			return Null
		}
		// The new range: r[start], r[stop] (unclamped), step*r.Step.
		at := func(i int) *big.Int {
			x := new(big.Int).Mul(big.NewInt(int64(i)), big.NewInt(r.Step))
			return x.Add(x, big.NewInt(r.Start))
		}
		nstep := new(big.Int).Mul(big.NewInt(int64(step)), big.NewInt(r.Step))
		return fromHeap(newBigRange(at(start), at(stop), nstep))
	}
	// Big lengths: resolve the slice with big arithmetic.
	b := r.bigBounds()
	step := big.NewInt(1)
	if sl.Step != None {
		v, ok := sliceBigArg(t, sl.Step)
		if !ok {
			return Null
		}
		if v.Sign() == 0 {
			return t.RaiseMsg(ValueErrorType, "slice step cannot be zero")
		}
		step = v
	}
	n := b.length
	var lower, upper *big.Int
	if step.Sign() < 0 {
		lower, upper = big.NewInt(-1), new(big.Int).Sub(n, bigOne)
	} else {
		lower, upper = big.NewInt(0), n
	}
	conv := func(v Value, def *big.Int) (*big.Int, bool) {
		if v == None {
			return def, true
		}
		i, ok := sliceBigArg(t, v)
		if !ok {
			return nil, false
		}
		i = new(big.Int).Set(i)
		if i.Sign() < 0 {
			i.Add(i, n)
			if i.Cmp(lower) < 0 {
				i.Set(lower)
			}
		} else if i.Cmp(upper) > 0 {
			i.Set(upper)
		}
		return i, true
	}
	var start, stop *big.Int
	var ok bool
	if step.Sign() > 0 {
		start, ok = conv(sl.Start, lower)
		if ok {
			stop, ok = conv(sl.Stop, upper)
		}
	} else {
		start, ok = conv(sl.Start, upper)
		if ok {
			stop, ok = conv(sl.Stop, lower)
		}
	}
	if !ok {
		return Null
	}
	ns := new(big.Int).Mul(start, b.step)
	ns.Add(ns, b.start)
	ne := new(big.Int).Mul(stop, b.step)
	ne.Add(ne, b.start)
	nst := new(big.Int).Mul(step, b.step)
	return fromHeap(newBigRange(ns, ne, nst))
}

func sliceBigArg(t *Thread, v Value) (*big.Int, bool) {
	if !IsInt(v) {
		if !HasIndex(v) {
			t.RaiseMsg(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
			return nil, false
		}
		r, ok := IndexValue(t, v)
		if !ok {
			return nil, false
		}
		v = r
	}
	s, b, _ := intParts(v)
	return bigOf(s, b), true
}

func rangeIter(t *Thread, v Value) Value {
	r := as[Range](v)
	if r.big == nil {
		return fromHeap(&RangeIter{Header{RangeIterType}, r.Start, r.Step, r.Len})
	}
	b := r.big
	return fromHeap(&longRangeIter{Header{LongRangeIterType}, new(big.Int).Set(b.start), b.step, new(big.Int).Set(b.length)})
}

func rangeReversed(t *Thread, v Value) Value {
	r := as[Range](v)
	if r.big == nil {
		// last = start + (len-1)*step, computed without overflow.
		if r.Len == 0 {
			return fromHeap(&RangeIter{Header{RangeIterType}, r.Start, -r.Step, 0})
		}
		last := int64(uint64(r.Start) + uint64(r.Len-1)*uint64(r.Step))
		if r.Step != -1<<63 {
			return fromHeap(&RangeIter{Header{RangeIterType}, last, -r.Step, r.Len})
		}
	}
	b := r.bigBounds()
	last := new(big.Int).Sub(b.length, bigOne)
	last.Mul(last, b.step)
	last.Add(last, b.start)
	return fromHeap(&longRangeIter{Header{LongRangeIterType}, last, new(big.Int).Neg(b.step), new(big.Int).Set(b.length)})
}

func rangeCompare(t *Thread, a, b Value, op int) Value {
	x, ok1 := AsRange(a)
	y, ok2 := AsRange(b)
	if !ok1 || !ok2 || (op != cmpEQ && op != cmpNE) {
		return NotImplemented
	}
	eq := rangesEqual(x, y)
	return Bool(eq == (op == cmpEQ))
}

func rangesEqual(x, y *Range) bool {
	if x == y {
		return true
	}
	if x.big == nil && y.big == nil {
		if x.Len != y.Len {
			return false
		}
		if x.Len == 0 {
			return true
		}
		if x.Start != y.Start {
			return false
		}
		return x.Len == 1 || x.Step == y.Step
	}
	bx, by := x.bigBounds(), y.bigBounds()
	if bx.length.Cmp(by.length) != 0 {
		return false
	}
	if bx.length.Sign() == 0 {
		return true
	}
	if bx.start.Cmp(by.start) != 0 {
		return false
	}
	return bx.length.Cmp(bigOne) == 0 || bx.step.Cmp(by.step) == 0
}

// AsRange returns v as a range.
func AsRange(v Value) (*Range, bool) {
	if v.IsHeap() && v.header().typ == RangeType {
		return as[Range](v), true
	}
	return nil, false
}

func rangeHash(t *Thread, v Value) (int64, bool) {
	r := as[Range](v)
	start, _, step, length := r.bounds()
	items := []Value{length, start, step}
	switch {
	case r.isEmpty():
		items[1], items[2] = None, None
	case length == Int(1):
		items[2] = None
	}
	return hashTuple(t, NewTuple(items).Value())
}

func rangeContains(t *Thread, c, v Value) int {
	r := as[Range](c)
	if isExactInt(v) {
		if _, ok := r.indexOf(v); ok {
			return 1
		}
		return 0
	}
	found := 0
	if ForEach(t, c, func(x Value) bool {
		switch Equal(t, x, v) {
		case 1:
			found = 1
			return false
		case -1:
			found = -1
			return false
		}
		return true
	}) < 0 {
		return -1
	}
	return found
}

func initRange() {
	setupBuiltinType(RangeType, ObjectType, 0)
	RangeType.New = rangeNew
	RangeType.Init = nil
	RangeType.Repr = func(t *Thread, v Value) Value {
		r := as[Range](v)
		if r.big == nil {
			s := "range(" + strconv.FormatInt(r.Start, 10) + ", " + strconv.FormatInt(r.Stop, 10)
			if r.Step != 1 {
				s += ", " + strconv.FormatInt(r.Step, 10)
			}
			return NewStr(s + ")").Value()
		}
		b := r.big
		s := "range(" + b.start.String() + ", " + b.stop.String()
		if b.step.Cmp(bigOne) != 0 {
			s += ", " + b.step.String()
		}
		return NewStr(s + ")").Value()
	}
	RangeType.Hash = rangeHash
	RangeType.Compare = rangeCompare
	RangeType.Bool = func(t *Thread, v Value) int {
		if as[Range](v).isEmpty() {
			return 0
		}
		return 1
	}
	RangeType.Len = func(t *Thread, v Value) int {
		r := as[Range](v)
		if r.big != nil {
			t.RaiseMsg(OverflowErrorType, "Python int too large to convert to C ssize_t")
			return -1
		}
		return int(r.Len)
	}
	RangeType.Iter = rangeIter
	RangeType.GetItem = rangeGetItem
	RangeType.Contains = rangeContains
	member := func(name string, i int) {
		RangeType.Dict.setStrInit(name, fromHeap(&getSetDescr{Header{MemberGetSetType}, name, RangeType, func(t *Thread, v Value) Value {
			s, e, st, _ := as[Range](v).bounds()
			return [3]Value{s, e, st}[i]
		}, true}))
	}
	member("start", 0)
	member("stop", 1)
	member("step", 2)
	m := RangeType.addMethod
	m("__reversed__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return rangeReversed(t, self)
	})
	m("count", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 || kwnames.Len() > 0 {
			return t.Raisef(TypeErrorType, "range.count() takes exactly one argument (%d given)", len(args))
		}
		r := as[Range](self)
		if isExactInt(args[0]) {
			if _, ok := r.indexOf(args[0]); ok {
				return Int(1)
			}
			return Int(0)
		}
		n := int64(0)
		if ForEach(t, self, func(x Value) bool {
			switch Equal(t, x, args[0]) {
			case 1:
				n++
			case -1:
				n = -1
				return false
			}
			return true
		}) < 0 || n < 0 {
			return Null
		}
		return Int(n)
	})
	m("index", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 || kwnames.Len() > 0 {
			return t.Raisef(TypeErrorType, "range.index() takes exactly one argument (%d given)", len(args))
		}
		r := as[Range](self)
		if isExactInt(args[0]) {
			if i, ok := r.indexOf(args[0]); ok {
				return NewIntFromBig(i)
			}
			rs := Repr(t, args[0])
			if rs == nil {
				return Null
			}
			return t.Raisef(ValueErrorType, "%s is not in range", rs.s)
		}
		n := int64(0)
		found := int64(-1)
		if ForEach(t, self, func(x Value) bool {
			switch Equal(t, x, args[0]) {
			case 1:
				found = n
				return false
			case -1:
				found = -2
				return false
			}
			n++
			return true
		}) < 0 || found == -2 {
			return Null
		}
		if found < 0 {
			return t.RaiseMsg(ValueErrorType, "sequence.index(x): x not in sequence")
		}
		return Int(found)
	})
	setupBuiltinType(RangeIterType, ObjectType, 0)
	RangeIterType.New = nil
	RangeIterType.Iter = selfIter
	RangeIterType.Next = func(t *Thread, v Value) Value {
		r, _ := RangeIterNext(v)
		return r
	}
	RangeIterType.addMethod("__length_hint__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return Int(max(as[RangeIter](self).left, 0))
	})
	setupBuiltinType(LongRangeIterType, ObjectType, 0)
	LongRangeIterType.New = nil
	LongRangeIterType.Iter = selfIter
	LongRangeIterType.Next = func(t *Thread, v Value) Value {
		it := as[longRangeIter](v)
		if it.left.Sign() <= 0 {
			return Null
		}
		it.left.Sub(it.left, bigOne)
		r := NewIntFromBig(new(big.Int).Set(it.next))
		it.next.Add(it.next, it.step)
		return r
	}
	LongRangeIterType.addMethod("__length_hint__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return NewIntFromBig(new(big.Int).Set(as[longRangeIter](self).left))
	})
}
