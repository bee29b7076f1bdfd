package interpreters

import (
	"unsafe"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

// shareable reports whether v may cross to another interpreter by
// reference (ARCHITECTURE.md's list: None, bool, int, float, complex,
// str, bytes, tuples and frozensets of shareable items, read-only
// memoryviews over bytes, queue and channel ends). Types are matched
// exactly: an instance of a subclass is an object of a user class, never
// shared.
func shareable(v object.Value) bool {
	if v.IsNull() {
		return false
	}
	switch typ := object.TypeOf(v); typ {
	case object.NoneType, object.BoolType, object.IntType, object.FloatType,
		object.ComplexType, object.StrType, object.BytesType:
		return true
	case object.TupleType:
		tu, _ := object.AsTuple(v)
		for _, it := range tu.Items {
			if !shareable(it) {
				return false
			}
		}
		return true
	case object.FrozenSetType:
		s, _ := object.AsSet(v)
		ok := true
		s.Items(func(it object.Value) bool {
			ok = shareable(it)
			return ok
		})
		return ok
	case object.MemoryViewType:
		m, _ := object.AsMemoryView(v)
		return m.SharesBytes()
	}
	return isEnd(v)
}

// copyForQueue returns what a queue carries for v (the queue rule):
// shareable objects themselves, fresh native copies of builtin containers
// (list, dict, set, bytearray) whose items cross by the same rule; for
// anything else it raises NotShareableError naming the type on t and
// returns NULL. The copy keeps the shape of v: a container reached twice
// is copied once, and cycles are reproduced.
func copyForQueue(t *vm.Thread, v object.Value) object.Value {
	c := copier{t: t}
	return c.copy(v)
}

// copier deep-copies one value for copyForQueue.
type copier struct {
	t    *vm.Thread
	memo map[unsafe.Pointer]object.Value // original container → its copy
}

func (c *copier) remember(orig, cp object.Value) {
	if c.memo == nil {
		c.memo = make(map[unsafe.Pointer]object.Value)
	}
	c.memo[orig.Ptr()] = cp
}

func (c *copier) copy(v object.Value) object.Value {
	if shareable(v) {
		return crossValue(c.t, v)
	}
	if cp, ok := c.memo[v.Ptr()]; ok && v.IsHeap() {
		return cp
	}
	switch object.TypeOf(v) {
	case object.ListType:
		l, _ := object.AsList(v)
		out := object.NewList(make([]object.Value, 0, len(l.Items)))
		c.remember(v, out.Value())
		// Index each time: the list is not changed by copying (no Python
		// code runs), but stay safe against a short read.
		for i := 0; i < len(l.Items); i++ {
			it := c.copy(l.Items[i])
			if it.IsNull() {
				return object.Null
			}
			out.Append(it)
		}
		return out.Value()
	case object.DictType:
		d, _ := object.AsDict(v)
		out := object.NewDict()
		c.remember(v, out.Value())
		ok := true
		d.Items(func(k, val object.Value) bool {
			ck := c.copy(k)
			if ck.IsNull() {
				ok = false
				return false
			}
			cv := c.copy(val)
			if cv.IsNull() || out.SetItem(&c.t.Thread, ck, cv) < 0 {
				ok = false
				return false
			}
			return true
		})
		if !ok {
			return object.Null
		}
		return out.Value()
	case object.SetType:
		s, _ := object.AsSet(v)
		out := object.NewSet()
		c.remember(v, out.Value())
		ok := true
		s.Items(func(it object.Value) bool {
			ci := c.copy(it)
			if ci.IsNull() || out.Add(&c.t.Thread, ci) < 0 {
				ok = false
				return false
			}
			return true
		})
		if !ok {
			return object.Null
		}
		return out.Value()
	case object.TupleType:
		tu, _ := object.AsTuple(v)
		items := make([]object.Value, len(tu.Items))
		for i, it := range tu.Items {
			if items[i] = c.copy(it); items[i].IsNull() {
				return object.Null
			}
		}
		return object.NewTuple(items).Value()
	case object.ByteArrayType:
		a, _ := object.AsByteArray(v)
		return object.NewByteArray(append([]byte(nil), a.Bytes()...)).Value()
	}
	return c.t.RaiseMsg(classesOf(c.t).notShareable, object.TypeOf(v).Name+" objects are not shareable")
}

// crossValue is what crosses for a shareable v: v itself, except that a
// memoryview crosses as a fresh view of the same bytes (zero copy), so
// that releasing it on one side leaves the other side's view alone.
func crossValue(t *vm.Thread, v object.Value) object.Value {
	if _, ok := object.AsMemoryView(v); ok {
		return object.NewMemoryView(&t.Thread, v)
	}
	return v
}
