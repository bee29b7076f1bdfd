package object

import "slices"

// sorter is one sort: the keys, the comparison (chosen once for keys of
// one simple type, as CPython's list.sort does) and the first error. It
// sorts positions into keys (int32s, which move without GC write
// barriers), not the values themselves.
type sorter struct {
	t      *Thread
	keys   []Value
	less   func(s *sorter, a, b Value) bool
	failed bool
}

func (s *sorter) lt(i, j int32) bool { return s.less(s, s.keys[i], s.keys[j]) }

func lessGeneric(s *sorter, a, b Value) bool {
	if s.failed {
		return false
	}
	r := RichCompare(s.t, a, b, cmpLT)
	if r.IsNull() {
		s.failed = true
		return false
	}
	if r == True {
		return true
	}
	if r == False {
		return false
	}
	tr := Truth(s.t, r)
	if tr < 0 {
		s.failed = true
	}
	return tr == 1
}

func lessSmallInt(s *sorter, a, b Value) bool { return int64(a.x) < int64(b.x) }

func lessFloat(s *sorter, a, b Value) bool { return a.FloatVal() < b.FloatVal() }

func lessStr(s *sorter, a, b Value) bool { return as[Str](a).s < as[Str](b).s }

// lessTuple compares tuples whose first items have one simple type: the
// first items with that type's comparison, the rest generically.
func lessTupleWith(first func(s *sorter, a, b Value) bool) func(s *sorter, a, b Value) bool {
	return func(s *sorter, a, b Value) bool {
		if s.failed {
			return false
		}
		x, y := as[Tuple](a).Items, as[Tuple](b).Items
		if len(x) > 0 && len(y) > 0 {
			if first(s, x[0], y[0]) {
				return true
			}
			if first(s, y[0], x[0]) {
				return false
			}
			// Equal first items: the rest decides.
		}
		r := compareSeqs(s.t, x, y, cmpLT)
		if r.IsNull() {
			s.failed = true
			return false
		}
		return r == True
	}
}

// chooseLess picks the comparison for keys: a specialized one when they
// all have the same simple exact type.
func chooseLess(keys []Value) func(s *sorter, a, b Value) bool {
	if len(keys) < 2 {
		return lessGeneric
	}
	kind := func(v Value) int {
		switch {
		case v.IsSmallInt():
			return 1
		case v.IsFloat():
			return 2
		case v.IsHeap() && v.header().typ == StrType:
			return 3
		case v.IsHeap() && v.header().typ == TupleType:
			return 4
		}
		return 0
	}
	k := kind(keys[0])
	firstKind := -1
	for _, key := range keys {
		if kind(key) != k {
			return lessGeneric
		}
		if k == 4 {
			items := as[Tuple](key).Items
			fk := 0
			if len(items) > 0 {
				fk = kind(items[0])
			}
			if firstKind == -1 {
				firstKind = fk
			} else if fk != firstKind {
				firstKind = 0
			}
		}
	}
	switch k {
	case 1:
		return lessSmallInt
	case 2:
		return lessFloat
	case 3:
		return lessStr
	case 4:
		switch firstKind {
		case 1:
			return lessTupleWith(lessSmallInt)
		case 2:
			return lessTupleWith(lessFloat)
		case 3:
			return lessTupleWith(lessStr)
		}
		return lessGeneric
	}
	return lessGeneric
}

// insertionSort sorts p[lo:hi] stably, p[lo:start] being sorted already.
func (s *sorter) insertionSort(p []int32, lo, start, hi int) {
	for i := max(start, lo+1); i < hi && !s.failed; i++ {
		x := p[i]
		// Binary search for the insertion point (after equal keys).
		l, r := lo, i
		for l < r {
			m := int(uint(l+r) >> 1)
			if s.lt(x, p[m]) {
				r = m
			} else {
				l = m + 1
			}
		}
		copy(p[l+1:i+1], p[l:i])
		p[l] = x
	}
}

// merge merges the sorted runs p[lo:mid] and p[mid:hi] using buf.
func (s *sorter) merge(p []int32, lo, mid, hi int, buf []int32) {
	if s.failed || !s.lt(p[mid], p[mid-1]) {
		return // already in order
	}
	left := append(buf[:0], p[lo:mid]...)
	i, j, k := 0, mid, lo
	for i < len(left) && j < hi {
		if s.lt(p[j], left[i]) {
			p[k] = p[j]
			j++
		} else {
			p[k] = left[i]
			i++
		}
		k++
	}
	copy(p[k:], left[i:])
}

// minRun is the shortest run the sort builds by insertion for n items
// (CPython's merge_compute_minrun): n itself below 64.
func minRun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// countRun returns the length of the run at the start of p, made
// ascending: a non-descending prefix, or a descending one (equal items
// allowed, keeping their order) which it reverses, as CPython 3.13's
// count_run (so inconsistent orders like NaNs end where CPython's do).
func (s *sorter) countRun(p []int32) int {
	n := 1
	for n < len(p) && !s.lt(p[n], p[n-1]) {
		n++
	}
	if n == len(p) || s.failed {
		return n
	}
	if n > 1 {
		if s.lt(p[0], p[n-1]) {
			return n
		}
		// All equal so far and p[n] is smaller: a descending run.
		slices.Reverse(p[:n])
	}
	n++
	neq := 0
	for ; n < len(p) && !s.failed; n++ {
		if s.lt(p[n], p[n-1]) {
			if neq > 0 {
				slices.Reverse(p[n-1-neq : n])
				neq = 0
			}
		} else if s.lt(p[n-1], p[n]) {
			break
		} else {
			neq++
		}
	}
	if neq > 0 {
		slices.Reverse(p[n-1-neq : n])
	}
	slices.Reverse(p[:n])
	for n < len(p) && !s.failed && !s.lt(p[n], p[n-1]) {
		n++
	}
	return n
}

// sortPositions sorts p (positions into s.keys) stably by key.
func (s *sorter) sortPositions(p []int32) {
	n := len(p)
	mr := minRun(n)
	// Runs: natural runs extended by binary insertion to the minimum run.
	var runs []int // run starts; n closes the last
	for lo := 0; lo < n && !s.failed; {
		hi := lo + s.countRun(p[lo:])
		if hi-lo < mr {
			end := min(lo+mr, n)
			s.insertionSort(p, lo, hi, end)
			hi = end
		}
		runs = append(runs, lo)
		lo = hi
	}
	if s.failed {
		return
	}
	runs = append(runs, n)
	buf := make([]int32, 0, n/2+1)
	for len(runs) > 2 && !s.failed {
		out := make([]int, 0, len(runs)/2+2)
		for i := 0; i+1 < len(runs); i += 2 {
			lo := runs[i]
			out = append(out, lo)
			if i+2 < len(runs) {
				s.merge(p, lo, runs[i+1], runs[i+2], buf)
			}
		}
		out = append(out, n)
		runs = out
	}
}

// SortValues sorts items in place, stably, by key(item) (nil key: the
// items themselves) with <, descending when reverse (equal items keep
// their order, as CPython's list.sort). It returns false with the
// exception set when a key call or a comparison fails (items are then in
// some order).
func SortValues(t *Thread, items []Value, key Value, reverse bool) bool {
	if len(items) < 2 && (key.IsNull() || key == None) {
		return true
	}
	if (key.IsNull() || key == None) && sortSmallIntsFast(items, reverse) {
		return true // sort_fast.go
	}
	keys := items
	if !key.IsNull() && key != None {
		keys = make([]Value, len(items))
		for i, it := range items {
			if keys[i] = Call(t, key, []Value{it}, nil); keys[i].IsNull() {
				return false
			}
		}
	}
	if len(items) > 1<<31-1 {
		t.RaiseMsg(OverflowErrorType, "list too long to sort")
		return false
	}
	p := make([]int32, len(items))
	for i := range p {
		p[i] = int32(i)
	}
	if reverse {
		// Reversed, sorted stably, reversed again: equal items keep
		// their original order.
		slices.Reverse(p)
	}
	s := &sorter{t: t, keys: keys, less: chooseLess(keys)}
	s.sortPositions(p)
	if s.failed {
		return false
	}
	if reverse {
		slices.Reverse(p)
	}
	out := make([]Value, len(items))
	for i, j := range p {
		out[i] = items[j]
	}
	copy(items, out)
	return true
}

// kwArgs splits keyword arguments off a call's arguments.
func kwArgs(args []Value, kwnames *Tuple) ([]Value, map[string]Value) {
	n := len(args) - kwnames.Len()
	if kwnames.Len() == 0 {
		return args, nil
	}
	kw := map[string]Value{}
	for i, k := range kwnames.Items {
		s, _ := AsStr(k)
		kw[s.s] = args[n+i]
	}
	return args[:n], kw
}
