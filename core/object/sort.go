package object

import "sort"

// SortValues sorts items in place, stably, by key(item) (nil key: the
// items themselves) with <, descending when reverse (equal items keep
// their order, as CPython's list.sort). It returns false with the
// exception set when a key call or a comparison fails.
func SortValues(t *Thread, items []Value, key Value, reverse bool) bool {
	keys := items
	if !key.IsNull() && key != None {
		keys = make([]Value, len(items))
		for i, it := range items {
			if keys[i] = Call(t, key, []Value{it}, nil); keys[i].IsNull() {
				return false
			}
		}
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	failed := false
	less := func(a, b Value) bool {
		if failed {
			return false
		}
		if a.IsSmallInt() && b.IsSmallInt() {
			return a.SmallInt() < b.SmallInt()
		}
		r := RichCompare(t, a, b, cmpLT)
		if r.IsNull() {
			failed = true
			return false
		}
		tr := Truth(t, r)
		if tr < 0 {
			failed = true
		}
		return tr == 1
	}
	if reverse {
		sort.SliceStable(idx, func(i, j int) bool { return less(keys[idx[j]], keys[idx[i]]) })
	} else {
		sort.SliceStable(idx, func(i, j int) bool { return less(keys[idx[i]], keys[idx[j]]) })
	}
	if failed {
		return false
	}
	out := make([]Value, len(items))
	for i, k := range idx {
		out[i] = items[k]
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
