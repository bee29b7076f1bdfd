package globalsaudit

import (
	"bytes"
	"testing"
)

func TestDropAttributes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"extern int f(int) __attribute__ ((__nothrow__ , __leaf__));", "extern int f(int)  ;"},
		{"int f(const char *, ...) __attribute__((__format__ (__printf__, 1, 2), __nonnull__ (1)));", "int f(const char *, ...)  ;"},
		{"typedef float v4 __attribute__((vector_size(16)));", "typedef float v4 __attribute__((vector_size(16)));"},
		{"int x __attribute__((aligned(8), unused));", "int x __attribute__((aligned(8), unused));"},
		{"int g(void)\n__attribute__((\n__pure__\n));", "int g(void)\n \n\n;"},
		{`char *s = "__attribute__((unused))";`, `char *s = "__attribute__((unused))";`},
		{"void h(void) __attribute__((__warning__(\"a ) b\")));", "void h(void)  ;"},
		{"my__attribute__((unused)) x;", "my__attribute__((unused)) x;"},
		{"int y __attribute__((unused)", "int y __attribute__((unused)"},
		{"__attribute__ x", "__attribute__ x"},
		{`extern int fscanf (FILE *, const char *, ...) __asm__ ("" "__isoc99_fscanf") ;`, `extern int fscanf (FILE *, const char *, ...)   ;`},
		{`void f(void) { __asm__ volatile("" ::: "memory"); __asm__("" : "=r"(x)); __asm__("nop"); }`, `void f(void) { __asm__ volatile("" ::: "memory"); __asm__("" : "=r"(x));  ; }`},
		{`__asm__("unterminated`, `__asm__("unterminated`},
	} {
		if got := string(dropAttributes([]byte(tc.in))); got != tc.want {
			t.Errorf("dropAttributes(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func FuzzDropAttributes(f *testing.F) {
	f.Add([]byte("int f(void) __attribute__((__nothrow__, __leaf__));\nint x;"))
	f.Add([]byte("__attribute__((aligned(4))) char c = '\\'';"))
	f.Add([]byte(`__attribute__((format(printf, 1, 2))) "x`))
	f.Fuzz(func(t *testing.T, in []byte) {
		out := dropAttributes(in)
		if bytes.Count(out, []byte{'\n'}) != bytes.Count(in, []byte{'\n'}) {
			t.Errorf("%q -> %q: line count changed", in, out)
		}
		if again := dropAttributes(out); !bytes.Equal(again, out) {
			t.Errorf("%q -> %q -> %q: not idempotent", in, out, again)
		}
	})
}

func TestDecodeUCNs(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`int Lef\U000000e8vre = 2;`, "int Lefèvre = 2;"},
		{`x = \u043f\u0440;`, "x = пр;"},
		{`puts("\u00e8"); c = '\u00e8';`, `puts("\u00e8"); c = '\u00e8';`},
		{`a\u00zz \U0041 \u0041`, `a\u00zz \U0041 \u0041`},
		{"plain", "plain"},
	} {
		if got := string(decodeUCNs([]byte(tc.in))); got != tc.want {
			t.Errorf("decodeUCNs(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzDecodeUCNs(f *testing.F) {
	f.Add([]byte(`int \u00e8 = '\u00e8'; "\U0001F600"`))
	f.Fuzz(func(t *testing.T, in []byte) {
		out := decodeUCNs(in)
		if bytes.Count(out, []byte{'\n'}) != bytes.Count(in, []byte{'\n'}) {
			t.Errorf("%q -> %q: line count changed", in, out)
		}
	})
}
