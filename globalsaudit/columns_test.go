package globalsaudit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestColumnFix covers the host preprocessor's column recovery on lines
// where the first textual occurrence of the name is not the declarator
// (review 4, defect 3) and on names macros make. pre is the line as gcc -E
// writes it, with the declarator marked by a leading '@'.
func TestColumnFix(t *testing.T) {
	for _, tc := range []struct {
		src, pre, name string
		col            int
	}{
		{"static struct state state;", "static struct state @state;", "state", 21},
		{"struct v { int v; } v;", "struct v { int v; } @v;", "v", 21},
		{"int tent; int tent = 1;", "int tent; int @tent = 1;", "tent", 15},
		{"extern int ev; int ev = 2;", "extern int ev; int @ev = 2;", "ev", 20},
		{"int f(void) { static int n2; return n2; }", "int f(void) { static int @n2; return n2; }", "n2", 26},
		{"int g(void) { static int c; { static int c; return c; } }", "int g(void) { static int c; { static int @c; return c; } }", "c", 42},
		{"int  /* c */ x = 1; // x", "int @x = 1;", "x", 14},
		// Names made by macros: the invocation's column.
		{"DEFVAR(int, one);", "int @var_one;", "var_one", 1},
		{"int usem(void) { LOCAL(x); LOCAL(y) = 1; return loc_x + loc_y; }",
			"int usem(void) { static int @loc_x; static int loc_y = 1; return loc_x + loc_y; }", "loc_x", 18},
		{"int usem(void) { LOCAL(x); LOCAL(y) = 1; return loc_x + loc_y; }",
			"int usem(void) { static int loc_x; static int @loc_y = 1; return loc_x + loc_y; }", "loc_y", 28},
		{"int before; MANY; int after;", "int before; int m1; static int @m2; const int m3 = 3; int after;", "m2", 13},
		{"int before; MANY; int after;", "int before; int m1; static int m2; const int m3 = 3; int @after;", "after", 23},
		// Spelled in a macro argument: the identifier itself.
		{"int ID(viamac);", "int @viamac;", "viamac", 8},
		// A universal character name in the source, UTF-8 after the prefilter.
		{`static const int \u00e9t\u00e9 = 3;`, "static const int @été = 3;", "été", 18},
	} {
		off := strings.IndexByte(tc.pre, '@')
		pre := []byte("#line 1\n" + tc.pre[:off] + tc.pre[off+1:] + "\n")
		path := filepath.Join(t.TempDir(), "x.c")
		if err := os.WriteFile(path, []byte(tc.src+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		c := columnFixer{}
		if got := c.fix(path, 1, -1, tc.name, pre, off+len("#line 1\n")); got != tc.col {
			t.Errorf("%q / %q: column %d, want %d", tc.src, tc.pre, got, tc.col)
		}
	}
}

func FuzzAlignColumn(f *testing.F) {
	f.Add("int x; FOO(a) y;", "int x; int a_y;", 11)
	f.Add(`"\`, "\\u", 0)
	f.Fuzz(func(t *testing.T, src, pre string, off int) {
		if off < 0 || off > len(pre) {
			return
		}
		col := alignColumn([]byte(pre), off, []byte(src))
		if col < 0 || col > len(src) {
			t.Errorf("alignColumn(%q, %d, %q) = %d: outside the line", pre, off, src, col)
		}
	})
}
