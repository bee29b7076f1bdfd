package object

import "testing"

// The expected reprs are CPython 3.13's.
func TestTypingObjects(t *testing.T) {
	th := &Thread{Interp: NewInterp()}
	repr := func(v Value) string {
		t.Helper()
		if v.IsNull() {
			t.Fatalf("NULL: %v", th.Exc)
		}
		r := Repr(th, v)
		if r == nil {
			t.Fatalf("repr failed: %v", th.Exc)
		}
		return r.String()
	}
	T := CallIntrinsic1(th, 7, NewStr("T").Value())
	Ts := CallIntrinsic1(th, 9, NewStr("Ts").Value())
	P := CallIntrinsic1(th, 8, NewStr("P").Value())
	cases := []struct {
		v    Value
		want string
	}{
		{T, "T"},
		{Ts, "Ts"},
		{P, "P"},
		{TypeOf(T).Value(), "<class 'typing.TypeVar'>"},
		{CallIntrinsic1(th, 10, NewTuple([]Value{T}).Value()), "typing.Generic[T]"},
		{typingUnionOr(th, T, None), "typing.Optional[T]"},
		{typingUnionOr(th, IntType.Value(), T), "typing.Union[int, T]"},
		{typingUnionOr(th, T, T), "T"},
		{newAlias(GenericAliasType, ListType.Value(), T), "list[T]"},
		{newAlias(GenericAliasType, TupleType.Value(), NewTuple([]Value{IntType.Value(), Ellipsis}).Value()), "tuple[int, ...]"},
		{newAlias(GenericAliasType, TupleType.Value(), NewTuple(nil).Value()), "tuple[()]"},
		{NoDefault, "typing.NoDefault"},
		{AsyncGenWrap(None), ""},
	}
	for _, c := range cases[:len(cases)-1] {
		if got := repr(c.v); got != c.want {
			t.Errorf("repr = %q, want %q", got, c.want)
		}
	}
	if v := GetAttr(th, T, NewStr("__bound__")); v != None {
		t.Errorf("__bound__ = %v", v)
	}
	if v := GetAttr(th, T, NewStr("__default__")); v.p != NoDefault.p {
		t.Errorf("__default__ = %v", v)
	}
	// A generic alias only exists for subscriptable classes.
	if _, ok := ClassGetItem(th, ObjectType, IntType.Value()); ok {
		t.Errorf("object[int] accepted")
	}
	if r, ok := ClassGetItem(th, DictType, NewTuple([]Value{StrType.Value(), IntType.Value()}).Value()); !ok || repr(r) != "dict[str, int]" {
		t.Errorf("dict[str, int] = %v, %v", r, ok)
	}
}
