package object

// The surface higher layers (core/vm, core/builtins, core/modules/*) use
// to define their own object types. A type is made once, during the
// defining package's initialization, and never written afterwards; its
// instances are Go structs whose first field is a Header.

// NewBuiltinType makes a builtin type named name deriving from base (nil:
// object). Call it only while initializing a package (a package-level
// variable's initializer or init); fill the slots there too.
func NewBuiltinType(name string, base *Type) *Type {
	if base == nil {
		base = ObjectType
	}
	typ := newBuiltinType(name, base, 0)
	if base.layout == BaseExceptionType {
		// An exception type: its instances are Exceptions (t.Raise,
		// except clauses and tracebacks rely on it).
		typ.layout = BaseExceptionType
		typ.attrsOffset = BaseExceptionType.attrsOffset
		typ.Flags |= FlagBaseType
	}
	return typ
}

// MakeHeader returns the Header of a new instance of typ.
func MakeHeader(typ *Type) Header { return Header{typ} }

// FromHeap returns the Value of a heap object: o must point to a struct
// whose first field is a Header made by MakeHeader.
func FromHeap[T any](o *T) Value { return fromHeap(o) }

// As returns v's object as *T. The caller must have checked that v's type
// has the Go layout T (TypeOf(v) == the type whose instances are T).
func As[T any](v Value) *T { return as[T](v) }

// SelfIter is the Iter slot of iterators (iter(it) is it).
func SelfIter(t *Thread, v Value) Value { return v }
