package object

import "unsafe"

// Classes deriving from builtin value types (docs/engine-design.md §4:
// "a class's instances use its solid base's Go struct"). An instance of
// `class L(list)` is a listSub: the List struct first (so AsList and every
// list slot work on it unchanged) followed by the attribute storage.
// Exact builtin values keep their own layouts and fast paths: only heap
// subclasses go through the code here.
//
// int and float are unboxed for exact values; their subclass instances
// are heap objects: intSub holds the exact int, floatSub's Value carries
// the float bits in Value.x (so Value.FloatVal works on it). The int and
// float slots expect exact operands: the class's inherited slots unwrap.

type (
	listSub struct {
		List
		attrs Attrs
	}
	dictSub struct {
		Dict
		attrs Attrs
	}
	setSub struct {
		Set
		attrs Attrs
	}
	strSub struct {
		Str
		attrs Attrs
	}
	tupleSub struct {
		Tuple
		attrs Attrs
	}
	bytesSub struct {
		Bytes
		attrs Attrs
	}
	byteArraySub struct {
		ByteArray
		attrs Attrs
	}
	complexSub struct {
		Complex
		attrs Attrs
	}
	intSub struct {
		Header
		v     Value // the exact int
		attrs Attrs
	}
	floatSub struct {
		Header
		attrs Attrs
	}
)

// subLayout describes how a builtin layout's subclass instances are made.
type subLayout struct {
	attrsOffset uintptr
	// box turns an exact instance made by the layout's New into an
	// instance of cls.
	box func(cls *Type, exact Value) Value
}

var subLayouts map[*Type]*subLayout

func initSubclassLayouts() {
	subLayouts = map[*Type]*subLayout{
		ListType: {attrsOffsetOf(func(s *listSub) *Attrs { return &s.attrs }), func(cls *Type, ex Value) Value {
			s := &listSub{List: *as[List](ex)}
			s.List.Header.typ = cls
			return fromHeap(s)
		}},
		DictType: {attrsOffsetOf(func(s *dictSub) *Attrs { return &s.attrs }), func(cls *Type, ex Value) Value {
			s := &dictSub{Dict: *as[Dict](ex)}
			s.Dict.Header.typ = cls
			return fromHeap(s)
		}},
		SetType: {attrsOffsetOf(func(s *setSub) *Attrs { return &s.attrs }), func(cls *Type, ex Value) Value {
			s := &setSub{Set: *as[Set](ex)}
			s.Set.Header.typ = cls
			return fromHeap(s)
		}},
		StrType: {attrsOffsetOf(func(s *strSub) *Attrs { return &s.attrs }), func(cls *Type, ex Value) Value {
			s := &strSub{Str: as[Str](ex).clone()}
			s.Str.Header.typ = cls
			return fromHeap(s)
		}},
		TupleType: {attrsOffsetOf(func(s *tupleSub) *Attrs { return &s.attrs }), func(cls *Type, ex Value) Value {
			s := &tupleSub{Tuple: *as[Tuple](ex)}
			s.Tuple.Header.typ = cls
			return fromHeap(s)
		}},
		BytesType: {attrsOffsetOf(func(s *bytesSub) *Attrs { return &s.attrs }), func(cls *Type, ex Value) Value {
			s := &bytesSub{Bytes: as[Bytes](ex).clone()}
			s.Bytes.Header.typ = cls
			return fromHeap(s)
		}},
		ByteArrayType: {attrsOffsetOf(func(s *byteArraySub) *Attrs { return &s.attrs }), func(cls *Type, ex Value) Value {
			s := &byteArraySub{ByteArray: *as[ByteArray](ex)}
			s.ByteArray.Header.typ = cls
			return fromHeap(s)
		}},
		ComplexType: {attrsOffsetOf(func(s *complexSub) *Attrs { return &s.attrs }), func(cls *Type, ex Value) Value {
			s := &complexSub{Complex: *as[Complex](ex)}
			s.Complex.Header.typ = cls
			return fromHeap(s)
		}},
		IntType: {attrsOffsetOf(func(s *intSub) *Attrs { return &s.attrs }), func(cls *Type, ex Value) Value {
			return fromHeap(&intSub{Header: Header{cls}, v: exactValue(ex)})
		}},
		FloatType: {attrsOffsetOf(func(s *floatSub) *Attrs { return &s.attrs }), func(cls *Type, ex Value) Value {
			return Value{unsafe.Pointer(&floatSub{Header: Header{cls}}), exactValue(ex).x}
		}},
	}
}

// exactValue returns the exact builtin int or float of an int or float
// subclass instance (bool stays bool); other values unchanged.
func exactValue(v Value) Value {
	if !v.IsHeap() {
		return v
	}
	typ := v.header().typ
	if !typ.IsHeapType() {
		return v
	}
	switch typ.layout {
	case IntType:
		return as[intSub](v).v
	case FloatType:
		return Float(v.FloatVal())
	}
	return v
}

// intSubValue is the exact int inside an int subclass instance (int.go's
// intParts).
func intSubValue(v Value) (Value, bool) {
	if v.header().typ.layout == IntType && v.header().typ.IsHeapType() {
		return as[intSub](v).v, true
	}
	return Null, false
}

// newOfLayout makes an instance of cls with owner's constructor: exact
// builtin instances directly, heap subclasses of a value layout boxed.
func newOfLayout(t *Thread, owner, cls *Type, args []Value, kwnames *Tuple) Value {
	sl := subLayouts[cls.layout]
	if !cls.IsHeapType() || sl == nil {
		return owner.New(t, cls, args, kwnames)
	}
	ex := owner.New(t, owner, args, kwnames)
	if ex.IsNull() {
		return Null
	}
	return sl.box(cls, ex)
}

// setupSubclassLayout gives a new class whose solid base is a builtin
// value type its constructor and the slots that unwrap int/float
// subclass operands. Called after the class's slots are set.
func setupSubclassLayout(typ *Type) {
	sl := subLayouts[typ.layout]
	if sl == nil {
		return
	}
	typ.attrsOffset = sl.attrsOffset
	layout := typ.layout
	owner := layout // the nearest builtin class: its constructor
	for _, m := range typ.MRO {
		if !m.IsHeapType() {
			owner = m
			break
		}
	}
	if lookupPy(typ, strNew).IsNull() {
		typ.New = func(t *Thread, cls *Type, args []Value, kwnames *Tuple) Value {
			return newOfLayout(t, owner, cls, args, kwnames)
		}
	}
	if layout == DictType && funcPtr(typ.GetItem) == funcPtr(DictType.GetItem) {
		typ.GetItem = dictSubGetItem
	}
	if layout != IntType && layout != FloatType {
		return
	}
	// int and float slots take exact operands.
	same := func(a, b any) bool { return funcPtr(a) == funcPtr(b) }
	if f := layout.Repr; same(typ.Repr, f) {
		typ.Repr = func(t *Thread, v Value) Value { return f(t, exactValue(v)) }
	}
	if f := layout.Str; f != nil && same(typ.Str, f) && !same(f, ObjectType.Str) {
		typ.Str = func(t *Thread, v Value) Value { return f(t, exactValue(v)) }
	}
	if f := layout.Hash; same(typ.Hash, f) {
		typ.Hash = func(t *Thread, v Value) (int64, bool) { return f(t, exactValue(v)) }
	}
	if f := layout.Compare; same(typ.Compare, f) {
		typ.Compare = func(t *Thread, a, b Value, op int) Value { return f(t, exactValue(a), exactValue(b), op) }
	}
	if f := layout.Bool; f != nil && same(typ.Bool, f) {
		typ.Bool = func(t *Thread, v Value) int { return f(t, exactValue(v)) }
	}
	for i := range typ.Binary {
		if f := layout.Binary[i]; f != nil && same(typ.Binary[i], f) {
			typ.Binary[i] = func(t *Thread, a, b Value) Value { return f(t, exactValue(a), exactValue(b)) }
		}
		if f := layout.InPlace[i]; f != nil && same(typ.InPlace[i], f) {
			typ.InPlace[i] = func(t *Thread, a, b Value) Value { return f(t, exactValue(a), exactValue(b)) }
		}
	}
	for _, p := range []struct{ dst, src *UnaryFunc }{
		{&typ.Neg, &layout.Neg}, {&typ.Pos, &layout.Pos}, {&typ.Invert, &layout.Invert},
		{&typ.Abs, &layout.Abs}, {&typ.Index, &layout.Index},
	} {
		if f := *p.src; f != nil && same(*p.dst, f) {
			*p.dst = func(t *Thread, v Value) Value { return f(t, exactValue(v)) }
		}
	}
}

var strMissing = NewStr("__missing__")

// dictSubGetItem is d[key] for dict subclasses: __missing__ when absent.
func dictSubGetItem(t *Thread, v, key Value) Value {
	r := as[Dict](v).GetItem(t, key)
	if r.IsNull() && t.Exc == nil {
		if m := lookupPy(TypeOf(v), strMissing); !m.IsNull() {
			return callPy(t, m, v, key)
		}
		return t.Raise(NewException(KeyErrorType, key))
	}
	return r
}
