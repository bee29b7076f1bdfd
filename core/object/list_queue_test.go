package object

import "testing"

// pop(0), pop(i) and insert(0, x) move the items with copy (memmove) and
// leave no reference behind in the backing array (no leaked objects).
func TestListPopInsertClearsSlots(t *testing.T) {
	th := &Thread{Interp: NewInterp()}
	items := make([]Value, 8)
	for i := range items {
		items[i] = NewStr(string(rune('a' + i))).Value()
	}
	l := NewList(append([]Value(nil), items...))
	backing := l.Items[:cap(l.Items)]
	lv := l.Value()
	if r := CallMethod(th, lv, "pop", Int(0)); r.IsNull() || strOfTest(t, r) != "a" {
		t.Fatalf("pop(0) = %v", r)
	}
	if !backing[0].IsNull() {
		t.Errorf("pop(0) left the popped item in the backing array")
	}
	if r := CallMethod(th, lv, "pop", Int(2)); r.IsNull() || strOfTest(t, r) != "d" {
		t.Fatalf("pop(2) = %v", r)
	}
	if !backing[7].IsNull() {
		t.Errorf("pop(2) left a stale reference at the old end")
	}
	if r := CallMethod(th, lv, "insert", Int(0), NewStr("z").Value()); r.IsNull() {
		t.Fatalf("insert failed")
	}
	want := "zbcefgh"
	got := ""
	for _, v := range l.Items {
		got += strOfTest(t, v)
	}
	if got != want {
		t.Errorf("list = %q, want %q", got, want)
	}
	// remove() shifts with copy and clears the old last slot too.
	r := NewList([]Value{Int(1), Int(2), Int(3)})
	rb := r.Items[:cap(r.Items)]
	if CallMethod(th, r.Value(), "remove", Int(1)).IsNull() || len(r.Items) != 2 || !rb[2].IsNull() {
		t.Errorf("remove: items %v, stale last slot %v", r.Items, rb[2])
	}
	// A queue: append at the end, pop from the head, many times over.
	q := NewList(nil)
	qv := q.Value()
	for i := 0; i < 10000; i++ {
		q.Append(Int(int64(i)))
		if i%2 == 1 {
			if r := CallMethod(th, qv, "pop", Int(0)); r.IsNull() {
				t.Fatal("pop(0) failed")
			}
		}
	}
	if len(q.Items) != 5000 || cap(q.Items) > 4*5000 {
		t.Errorf("queue: len %d cap %d", len(q.Items), cap(q.Items))
	}
	if v, _ := AsInt64(q.Items[0]); v != 5000 {
		t.Errorf("queue head %d, want 5000", v)
	}
}

func strOfTest(t *testing.T, v Value) string {
	t.Helper()
	s, ok := AsStr(v)
	if !ok {
		t.Fatalf("not a str")
	}
	return s.s
}
