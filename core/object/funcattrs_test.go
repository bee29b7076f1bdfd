package object

import "testing"

// TestCleanDoc checks docstring cleaning against CPython 3.13's compiler
// (the values of f.__doc__ there).
func TestCleanDoc(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{"  lead", "lead"},
		{"First.\n\n    More.\n    ", "First.\n\nMore.\n"},
		{"\n    x\n      y\n    ", "\nx\n  y\n"},
		{"a\n\tb\n\t  c", "a\nb\n  c"},
		{"a\n\n  b\n \n  c", "a\n\nb\n\nc"},
		{"a\n  ", "a\n  "},
	} {
		if got := CleanDoc(c.in); got != c.want {
			t.Errorf("CleanDoc(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
