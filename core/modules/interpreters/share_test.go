package interpreters

import (
	"testing"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

// newBareInterp makes an interpreter without a runtime (no importer).
func newBareInterp(t *testing.T) *vm.Thread {
	t.Helper()
	_, th, err := vm.NewInterp(vm.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return th
}

// mainValue runs src in th's __main__ and returns the global name.
func mainValue(t *testing.T, th *vm.Thread, src, name string) object.Value {
	t.Helper()
	if err := th.RunSource("<test>", []byte(src)); err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	v := th.Interpreter().Main.Dict.GetStr(object.NewStr(name))
	if v.IsNull() {
		t.Fatalf("%s: no %s", src, name)
	}
	return v
}

func TestShareable(t *testing.T) {
	th := newBareInterp(t)
	for _, c := range []struct {
		expr string
		want bool
	}{
		{"None", true}, {"True", true}, {"1", true}, {"2**200", true}, {"1.5", true}, {"1j", true},
		{"'s'", true}, {"b'b'", true}, {"()", true}, {"(1, 'a', (2.0, b''))", true},
		{"frozenset({1, (2, 3)})", true}, {"memoryview(b'abc')", true},
		{"memoryview(bytearray(b'abc'))", false}, {"memoryview(bytearray(b'abc')).toreadonly()", false},
		{"(1, [2])", false}, {"((1,), (2, {}))", false}, {"[1]", false}, {"{}", false},
		{"{1}", false}, {"bytearray(b'x')", false}, {"object()", false}, {"len", false},
		{"type('S', (str,), {})('x')", false}, {"type('I', (int,), {})(1)", false}, {"int", false},
		{"frozenset({type('K', (), {})()})", false},
	} {
		v := mainValue(t, th, "v = "+c.expr, "v")
		if got := shareable(v); got != c.want {
			t.Errorf("shareable(%s) = %v, want %v", c.expr, got, c.want)
		}
	}
	if shareable(object.Null) {
		t.Error("shareable(NULL)")
	}
}

func TestCopyForQueue(t *testing.T) {
	th := newBareInterp(t)
	orig := mainValue(t, th, `
v = [1, 'a', (2, [3]), {'k': [4], 5: {6}}, bytearray(b'xy'), {7, (8, 9)}, 1j, frozenset({10})]
v.append(v)
shared = []
v.append({'a': shared, 'b': shared})
`, "v")
	cp := copyForQueue(th, orig)
	if cp.IsNull() {
		t.Fatalf("copy failed: %v", th.Exc)
	}
	if cp.Is(orig) {
		t.Fatal("list not copied")
	}
	m := th.Interpreter().Main.Dict
	m.SetStr(object.NewStr("c"), cp)
	mainValue(t, th, `
assert c[:-2] == v[:-2], (c, v)
assert c[-2] is c
assert c[-1]['a'] is c[-1]['b'] and c[-1]['a'] is not shared
assert c[2] is not v[2] and c[2][1] is not v[2][1]
assert c[3] is not v[3] and c[3]['k'] is not v[3]['k'] and c[3][5] is not v[3][5]
assert c[4] is not v[4] and type(c[4]) is bytearray
c[4][0] = 0
assert v[4] == bytearray(b'xy')
assert c[6] is v[6] and c[7] is v[7]
ok = True
`, "ok")
	for _, expr := range []string{"object()", "[1, object()]", "{'a': {1: type('X', (), {})()}}", "type('L', (list,), {})()", "len"} {
		v := mainValue(t, th, "v = "+expr, "v")
		if r := copyForQueue(th, v); !r.IsNull() {
			t.Errorf("copyForQueue(%s) succeeded", expr)
			continue
		}
		exc := th.Exc
		th.Clear()
		if exc.Type() != classesOf(th).notShareable {
			t.Errorf("copyForQueue(%s) raised %s", expr, exc.Type().Name)
		}
		if !exc.Type().IsSubtype(object.ValueErrorType) {
			t.Errorf("NotShareableError is not a ValueError")
		}
	}
	// One interpreter's classes are never another's.
	th2 := newBareInterp(t)
	if classesOf(th2).notShareable == classesOf(th).notShareable {
		t.Error("NotShareableError shared between interpreters")
	}
}
