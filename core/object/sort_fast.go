package object

import "slices"

// sortSmallIntsFast sorts items in place when every one is a small int
// (no key function): equal ints are indistinguishable, so an unstable
// sort of the int64s themselves gives the stable sort's answer, with no
// comparison callbacks (nothing can modify the list meanwhile) and no
// per-comparison function call. It returns false, leaving items untouched,
// when some item is not a small int.
func sortSmallIntsFast(items []Value, reverse bool) bool {
	if len(items) < 8 {
		return false
	}
	xs := make([]int64, len(items))
	for i, v := range items {
		if !v.IsSmallInt() {
			return false
		}
		xs[i] = int64(v.x)
	}
	slices.Sort(xs)
	if reverse {
		for i, x := range xs {
			items[len(xs)-1-i] = Int(x)
		}
		return true
	}
	for i, x := range xs {
		items[i] = Int(x)
	}
	return true
}
