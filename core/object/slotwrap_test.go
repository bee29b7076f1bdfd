package object

import "testing"

func newTestThread() *Thread { return &Thread{Interp: NewInterp()} }

// Every builtin dunder CPython exposes as a slot wrapper is in the type's
// dict, generated from the slot tables.
func TestSlotWrappersInBuiltinDicts(t *testing.T) {
	cases := []struct {
		typ   *Type
		names []string
	}{
		{IntType, []string{"__add__", "__radd__", "__neg__", "__index__", "__hash__", "__eq__", "__lt__", "__bool__", "__repr__"}},
		{FloatType, []string{"__truediv__", "__rtruediv__", "__abs__"}},
		{ListType, []string{"__len__", "__iter__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iadd__", "__init__"}},
		{DictType, []string{"__getitem__", "__setitem__", "__len__", "__contains__", "__iter__"}},
		{ObjectType, []string{"__eq__", "__ne__", "__hash__", "__repr__", "__str__", "__init__", "__new__", "__class__"}},
		{TypeType, []string{"__call__", "__or__", "__ror__", "mro", "__subclasses__", "__instancecheck__"}},
	}
	for _, c := range cases {
		for _, n := range c.names {
			if c.typ.Dict.getStr(NewStr(n)).IsNull() {
				t.Errorf("%s.__dict__ lacks %s", c.typ.Name, n)
			}
		}
	}
	// unhashable types say so in their dict; inherited slots are not copied.
	for _, typ := range []*Type{ListType, DictType, SetType} {
		if v := typ.Dict.getStr(strHash); v != None {
			t.Errorf("%s.__hash__ is not None", typ.Name)
		}
	}
	if !BoolType.Dict.getStr(NewStr("__neg__")).IsNull() {
		t.Errorf("bool.__dict__ has __neg__, inherited from int")
	}
}

func TestSlotWrapperCalls(t *testing.T) {
	th := newTestThread()
	add := IntType.Dict.getStr(NewStr("__add__"))
	if r := Call(th, add, []Value{Int(2), Int(3)}, nil); r != Int(5) {
		t.Errorf("int.__add__(2, 3) = %v", r)
	}
	if r := Call(th, add, []Value{Int(2), NewStr("a").Value()}, nil); r != NotImplemented {
		t.Errorf("int.__add__(2, 'a') is not NotImplemented")
	}
	bound := SlotWrapperType.DescrGet(th, add, Int(5), IntType)
	if r := Call(th, bound, []Value{Int(3)}, nil); r != Int(8) {
		t.Errorf("(5).__add__(3) = %v", r)
	}
	for _, args := range [][]Value{nil, {NewStr("a").Value(), Int(1)}} {
		th.Exc = nil
		if r := Call(th, add, args, nil); !r.IsNull() || th.Exc == nil || TypeOf(th.Exc.Value()) != TypeErrorType {
			t.Errorf("int.__add__(%d args) did not raise TypeError", len(args))
		}
	}
	th.Exc = nil
	l := NewList([]Value{Int(1), Int(2)}).Value()
	if r := Call(th, ListType.Dict.getStr(NewStr("__len__")), []Value{l}, nil); r != Int(2) {
		t.Errorf("list.__len__([1, 2]) = %v", r)
	}
}

func TestMangleAndIdentifiers(t *testing.T) {
	mangle := []struct{ class, name, want string }{
		{"Account", "__secret", "_Account__secret"},
		{"_Private", "__x", "_Private__x"},
		{"___", "__x", "__x"},
		{"C", "__dunder__", "__dunder__"},
		{"C", "_single", "_single"},
		{"C", "__", "__"},
	}
	for _, c := range mangle {
		if got := mangleName(c.class, c.name); got != c.want {
			t.Errorf("mangleName(%q, %q) = %q, want %q", c.class, c.name, got, c.want)
		}
	}
	idents := map[string]bool{"x": true, "_a1": true, "é": true, "1a": false, "a b": false, "": false}
	for s, want := range idents {
		if isIdentifier(s) != want {
			t.Errorf("isIdentifier(%q) != %v", s, want)
		}
	}
}

func TestClassCreationAndMethodCache(t *testing.T) {
	th := newTestThread()
	ns := NewDict()
	ns.SetStr(NewStr("x"), Int(1))
	a := NewClass(th, TypeType, "A", nil, ns)
	if a == nil {
		t.Fatalf("NewClass: %v", th.Exc)
	}
	b := NewClass(th, TypeType, "B", []Value{a.Value()}, NewDict())
	x := NewStr("x")
	if v := b.Lookup(x); v != Int(1) {
		t.Fatalf("B.x = %v", v)
	}
	// Assigning on the base invalidates the subclass's cached lookup.
	if typeSetAttr(th, a.Value(), x, Int(2)) < 0 {
		t.Fatal(th.Exc)
	}
	if v := b.Lookup(x); v != Int(2) {
		t.Errorf("B.x after A.x = 2: %v", v)
	}
	if !b.Dict.getStr(strDoc).Is(None) {
		t.Errorf("B.__doc__ is not None")
	}
	if a.Dict.getStr(NewStr("__dict__")).IsNull() || !b.Dict.getStr(NewStr("__dict__")).IsNull() {
		t.Errorf("__dict__ descriptor: want it on A only")
	}
	if subs := directSubclasses(th, a); len(subs) != 1 || subs[0] != b {
		t.Errorf("A.__subclasses__() = %v", subs)
	}
	// The most derived metaclass, and the conflict.
	m1 := NewClass(th, TypeType, "M1", []Value{TypeType.Value()}, NewDict())
	m2 := NewClass(th, TypeType, "M2", []Value{TypeType.Value()}, NewDict())
	c1 := NewClass(th, m1, "C1", nil, NewDict())
	c2 := NewClass(th, m2, "C2", nil, NewDict())
	if w := CalculateMeta(th, TypeType, []Value{c1.Value()}); w != m1 {
		t.Errorf("CalculateMeta(type, C1) = %v", w.Name)
	}
	if w := CalculateMeta(th, TypeType, []Value{c1.Value(), c2.Value()}); w != nil || th.Exc == nil {
		t.Errorf("no metaclass conflict for C1, C2")
	}
	th.Exc = nil
	if NewClass(th, TypeType, "D", []Value{a.Value(), a.Value()}, NewDict()) != nil || th.Exc == nil {
		t.Errorf("duplicate base accepted")
	}
}

func TestBuiltinSubclassLayouts(t *testing.T) {
	th := newTestThread()
	for _, base := range []*Type{IntType, FloatType, StrType, TupleType, ListType, DictType, SetType, FrozenSetType, BytesType} {
		cls := NewClass(th, TypeType, "Sub", []Value{base.Value()}, NewDict())
		if cls == nil {
			t.Fatalf("class Sub(%s): %v", base.Name, th.Exc)
		}
		v := cls.New(th, cls, nil, nil)
		if v.IsNull() {
			t.Fatalf("Sub(%s)(): %v", base.Name, th.Exc)
		}
		if TypeOf(v) != cls {
			t.Errorf("type(Sub(%s)()) is %s", base.Name, TypeOf(v).Name)
		}
		if GenericSetAttr(th, v, NewStr("extra"), Int(7)) < 0 || GenericGetAttr(th, v, NewStr("extra")) != Int(7) {
			t.Errorf("Sub(%s)() has no working __dict__: %v", base.Name, th.Exc)
		}
		th.Exc = nil
	}
	// int and float subclass instances give their exact value back.
	mi := NewClass(th, TypeType, "MyInt", []Value{IntType.Value()}, NewDict())
	v := mi.New(th, mi, []Value{Int(41)}, nil)
	if n, ok := AsInt64(v); !ok || n != 41 {
		t.Errorf("AsInt64(MyInt(41)) = %d, %v", n, ok)
	}
	if r := BinaryOp(th, v, Int(1), nbAdd); r != Int(42) {
		t.Errorf("MyInt(41) + 1 = %v", r)
	}
	mf := NewClass(th, TypeType, "MyFloat", []Value{FloatType.Value()}, NewDict())
	f := mf.New(th, mf, []Value{Float(1.5)}, nil)
	if exactValue(f) != Float(1.5) || f.FloatVal() != 1.5 {
		t.Errorf("MyFloat(1.5) holds %v", f.FloatVal())
	}
}
