package object

// ReprEnter marks v's repr as in progress on t; false when it already is
// (the caller then writes "[...]", "{...}" or "..." instead of recursing).
func ReprEnter(t *Thread, v Value) bool {
	for _, x := range t.reprActive {
		if x.p == v.p {
			return false
		}
	}
	t.reprActive = append(t.reprActive, v)
	return true
}

// ReprLeave ends ReprEnter(t, v).
func ReprLeave(t *Thread, v Value) {
	for i := len(t.reprActive) - 1; i >= 0; i-- {
		if t.reprActive[i].p == v.p {
			t.reprActive[i] = Null
			t.reprActive = append(t.reprActive[:i], t.reprActive[i+1:]...)
			return
		}
	}
}

// reprContainer is the repr of a container: open + items + close, or
// recursive when v is already being repr'd.
func reprContainer(t *Thread, v Value, open, close, recursive string, items []Value) Value {
	if !ReprEnter(t, v) {
		return NewStr(recursive).Value()
	}
	r := reprItems(t, open, close, items)
	ReprLeave(t, v)
	return r
}
