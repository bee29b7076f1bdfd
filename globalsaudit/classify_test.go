package globalsaudit

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestDeclarations classifies one declaration per case: the last variable
// the snippet defines is checked against class, pointee_const, linkage and
// the spelled type.
func TestDeclarations(t *testing.T) {
	cases := []struct {
		src, name, class string
		pc               bool
		linkage, typ     string
	}{
		{"int x;", "x", "mutable", false, "external", "int"},
		{"static const int x = 1;", "x", "immutable", false, "internal", "const int"},
		{"const char *x;", "x", "mutable", true, "external", "const char *"},
		{"char *const x = 0;", "x", "immutable", false, "external", "char *const"},
		{"char *const t[] = {0};", "t", "immutable", false, "external", "char *const []"},
		{"const char *const t[2];", "t", "immutable", true, "external", "const char *const [2]"},
		{"void (*const f[])(void) = {0};", "f", "immutable", true, "external", "void (*const [])(void)"},
		{"const volatile int cv = 1;", "cv", "mutable", false, "external", "const volatile int"},
		{"typedef const int ci; ci x = 1;", "x", "immutable", false, "external", "ci"},
		{"typedef int a3[3]; const a3 x = {0};", "x", "immutable", false, "external", "const a3"},
		{"typedef char *s; const s x = 0;", "x", "immutable", false, "external", "const s"},
		{"typedef const char *cs; cs x;", "x", "mutable", true, "external", "cs"},
		{"const char *const *const *x;", "x", "mutable", true, "external", "const char *const *const *"},
		{"char *const *x;", "x", "mutable", false, "external", "char *const *"},
		{"int (*x)[4];", "x", "mutable", false, "external", "int (*)[4]"},
		{"_Thread_local const int x = 1;", "x", "thread-local", false, "external", "const int"},
		{"static __thread int *x;", "x", "thread-local", false, "internal", "int *"},
		{"extern int x; int x = 2;", "x", "mutable", false, "external", "int"},
		{"int f(void) { static const char *const x = \"a\"; return *x; }", "x", "immutable", true, "none", "const char *const"},
		{"struct s { int a; }; static const struct s x = {1};", "x", "immutable", false, "internal", "const struct s"},
		{"static union { int a; float b; } x;", "x", "mutable", false, "internal", "union <anonymous>"},
		{"_Atomic(const int *) x;", "x", "mutable", true, "external", "_Atomic(const int *)"},
		{"const _Atomic(int *) x = 0;", "x", "immutable", false, "external", "const _Atomic(int *)"},
		{"int *restrict x;", "x", "mutable", false, "external", "int *restrict"},
		{"char (*(*x[3])(void))[5];", "x", "mutable", true, "external", "char (*(*[3])(void))[5]"},
	}
	dir := t.TempDir()
	var units []Unit
	for i, c := range cases {
		f := filepath.Join(dir, fmt.Sprintf("c%02d.c", i))
		if err := os.WriteFile(f, []byte(c.src+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		units = append(units, Unit{File: f})
	}
	rep := newTestAuditor(t, Options{}).Run(units)
	for _, e := range rep.Errors {
		t.Errorf("%s", e.Msg)
	}
	last := map[string]Var{}
	for _, v := range rep.Vars {
		last[v.Unit] = v
	}
	for i, c := range cases {
		v, ok := last[units[i].File]
		if !ok {
			t.Errorf("%s: nothing reported", c.src)
			continue
		}
		got := fmt.Sprintf("%s %s %v %s %q", v.Name, v.Class, v.PointeeConst, v.Linkage, v.Type)
		want := fmt.Sprintf("%s %s %v %s %q", c.name, c.class, c.pc, c.linkage, c.typ)
		if got != want {
			t.Errorf("%s\n got %s\nwant %s", c.src, got, want)
		}
	}
}

func TestProgress(t *testing.T) {
	units, _ := filepath.Glob("testdata/oracle/*.c")
	var calls []int
	a := newTestAuditor(t, Options{Progress: func(done, total int) {
		if total != len(units) {
			t.Errorf("total %d, want %d", total, len(units))
		}
		calls = append(calls, done)
	}})
	a.Run(unitsOf(units))
	for i, d := range calls {
		if d != i+1 {
			t.Fatalf("progress calls %v", calls)
		}
	}
	if len(calls) != len(units) {
		t.Errorf("%d progress calls for %d units", len(calls), len(units))
	}
}
