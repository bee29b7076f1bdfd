package object

import (
	"math"
	"unsafe"
)

// Value is a Python object reference: two machine words, passed in
// registers. Ints that fit in int64 and floats are held unboxed (p is the
// address of intTag or floatTag, x their bits); every other object is a
// pointer to a Go struct whose first field is a Header (x is 0). The zero
// Value is NULL: "an exception is set" as a result, "unbound" in a slot.
// See docs/engine-design.md, §1.
type Value struct {
	p unsafe.Pointer
	x uint64
}

// Header starts every heap object: CPython's ob_type.
type Header struct {
	typ *Type
}

// tag is the type of the tag variables; their addresses mark unboxed
// values. They are never written.
type tag struct{ _ byte }

var intTag, floatTag tag

var (
	intTagP   = unsafe.Pointer(&intTag)
	floatTagP = unsafe.Pointer(&floatTag)
)

// Null is the NULL Value.
var Null = Value{}

// Int returns the int i (never allocates).
func Int(i int64) Value { return Value{intTagP, uint64(i)} }

// Float returns the float f (never allocates).
func Float(f float64) Value { return Value{floatTagP, math.Float64bits(f)} }

// FromHeap returns the Value of a heap object (a pointer to a struct whose
// first field is a Header).
func fromHeap[T any](o *T) Value { return Value{unsafe.Pointer(o), 0} }

// IsNull reports whether v is NULL.
func (v Value) IsNull() bool { return v.p == nil }

// IsSmallInt reports whether v is an unboxed int.
func (v Value) IsSmallInt() bool { return v.p == intTagP }

// IsFloat reports whether v is a float.
func (v Value) IsFloat() bool { return v.p == floatTagP }

// SmallInt returns the int64 of an unboxed int; v.IsSmallInt() must hold.
func (v Value) SmallInt() int64 { return int64(v.x) }

// FloatVal returns the float64 of a float; v.IsFloat() must hold.
func (v Value) FloatVal() float64 { return math.Float64frombits(v.x) }

// Is reports identity (Python's `is`). Unboxed ints and floats are
// identical when their bits are (CPython guarantees nothing here).
func (v Value) Is(w Value) bool { return v == w }

// header returns the heap header; v must be a heap object.
func (v Value) header() *Header { return (*Header)(v.p) }

// IsHeap reports whether v is a (non-NULL) heap object.
func (v Value) IsHeap() bool { return v.p != nil && v.p != intTagP && v.p != floatTagP }

// Ptr returns the address identifying a heap object (for id() and maps
// keyed by identity); nil for unboxed values.
func (v Value) Ptr() unsafe.Pointer {
	if v.IsHeap() {
		return v.p
	}
	return nil
}

// TypeOf returns type(v). v must not be NULL.
func TypeOf(v Value) *Type {
	switch v.p {
	case intTagP:
		return IntType
	case floatTagP:
		return FloatType
	}
	return (*Header)(v.p).typ
}

// as returns v's object as *T when v's type has the Go layout T. The
// caller checks the type (or the layout) first.
func as[T any](v Value) *T { return (*T)(v.p) }
