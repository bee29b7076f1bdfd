package compile

import (
	"errors"
	"strings"
	"testing"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
	"github.com/subpy/subpy/core/parser"
)

// The expected texts are what CPython 3.13 stores under
// `from __future__ import annotations` (checked with python3.13).
func TestUnparse(t *testing.T) {
	cases := []struct{ src, want string }{
		{"int | None", "int | None"},
		{"list[dict[str, tuple[int, ...]]]", "list[dict[str, tuple[int, ...]]]"},
		{"'quoted'", "'quoted'"},
		{"\"it's\"", "\"it's\""},
		{"a.b.c[1:2, ::3]", "a.b.c[1:2, ::3]"},
		{"-x ** -y", "-x ** (-y)"},
		{"(a, b)", "(a, b)"},
		{"not a or b and c", "not a or b and c"},
		{"(a or b) and c", "(a or b) and c"},
		{"lambda x, *y, z=1, **w: x", "lambda x, *y, z=1, **w: x"},
		{"lambda *a, k=1: 0", "lambda*a, k=1: 0"},
		{"lambda: 0", "lambda: 0"},
		{"[i for i in range(3) if i]", "[i for i in range(3) if i]"},
		{"{k: v for k, v in d.items()}", "{k: v for k, v in d.items()}"},
		{"f'{x!r:>{w}} {{l}}'", "f'{x!r:>{w}} {{l}}'"},
		{"1 if c else 2", "1 if c else 2"},
		{"a < b <= c is not d not in e", "a < b <= c is not d not in e"},
		{"~a + (+b) - (c - d)", "~a + +b - (c - d)"},
		{"{1, 2} | {*s}", "{1, 2} | {*s}"},
		{"{**base, 'k': 1}", "{**base, 'k': 1}"},
		{"x[()]", "x[()]"},
		{"x[1,]", "x[1,]"},
		{"1e400", "1e309"},
		{"...", "..."},
		{"b'by'", "b'by'"},
		{"3.14j", "3.14j"},
		{"f(*a, k=v, **kw)", "f(*a, k=v, **kw)"},
		{"f(x for x in y)", "f(x for x in y)"},
		{"1 .real", "1 .real"},
		{"a ** b ** c", "a ** b ** c"},
		{"(a ** b) ** c", "(a ** b) ** c"},
		{"a - (b - c)", "a - (b - c)"},
		{"(a - b) - c", "a - b - c"},
		{"set()", "set()"},
	}
	for _, c := range cases {
		mod, err := parser.ParseFile("t.py", []byte("x: "+c.src+"\n"), parser.Exec, parser.Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		ann := mod.(*ast.Module).Body[0].(*ast.AnnAssign).Annotation
		if got := Unparse(ann); got != c.want {
			t.Errorf("Unparse(%s) = %q, want %q", c.src, got, c.want)
		}
	}
}

func TestWarnings(t *testing.T) {
	cases := []struct {
		src  string
		want []string // "line: message"
	}{
		{"x = 1\nprint(x is 1, x is not 'a')\n", []string{
			`2: "is" with 'int' literal. Did you mean "=="?`,
			`2: "is not" with 'str' literal. Did you mean "!="?`}},
		{"x is 1 is 2\n", []string{ // one per comparison chain
			`1: "is" with 'int' literal. Did you mean "=="?`}},
		{"x is ()\nx is (1, -2)\nx is None\nx is ...\nx is []\n-1 is x\n", []string{
			`1: "is" with 'tuple' literal. Did you mean "=="?`,
			`2: "is" with 'tuple' literal. Did you mean "=="?`,
			`6: "is" with 'int' literal. Did you mean "=="?`}},
		{"[\n (1, 2)\n (3, 4)\n]\n", []string{"2: 'tuple' object is not callable; perhaps you missed a comma?"}},
		{"[1][1.5]\n{1: 2}[1.0]\nNone[0]\n", []string{
			"1: list indices must be integers or slices, not float; perhaps you missed a comma?",
			"3: 'NoneType' object is not subscriptable; perhaps you missed a comma?"}},
		{"assert (x, 'm')\nassert ()\n", []string{"1: assertion is always true, perhaps remove parentheses?"}},
		{"s = '''a\n\\d'''\nr = r'\\d'\nb = b'\\N'\nu = '\\N{EM DASH}'\n", []string{
			`1: invalid escape sequence '\d'`, `4: invalid escape sequence '\N'`}},
		{"x is 1\ny = '\\q'\n", []string{ // the parser's warnings come first
			`2: invalid escape sequence '\q'`, `1: "is" with 'int' literal. Did you mean "=="?`}},
		{"f'\\w{x:{y}}' '\\777'\n", []string{
			`1: invalid escape sequence '\w'`, `1: invalid octal escape sequence '\777'`}},
	}
	for _, c := range cases {
		mod, err := parser.ParseFile("t.py", []byte(c.src), parser.Exec, parser.Options{})
		if err != nil {
			t.Fatalf("%q: %v", c.src, err)
		}
		var got []string
		for _, w := range Warnings(mod, []byte(c.src)) {
			got = append(got, strings.TrimSpace(strings.Join([]string{itoa(w.Lineno) + ":", w.Msg}, " ")))
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

func TestCompileWarnStopsOnError(t *testing.T) {
	src := "x = 1\nx is 1\n"
	mod, err := parser.ParseFile("t.py", []byte(src), parser.Exec, parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	code, err := CompileWarn(mod, "t.py", []byte(src), func(int, string) bool { return false })
	var ce *Error
	if code != nil || !errors.As(err, &ce) || ce.Pos.Lineno != 2 || !strings.HasPrefix(ce.Msg, `"is" with 'int'`) {
		t.Fatalf("got %v, %v", code, err)
	}
}

func TestSyntaxErrors(t *testing.T) {
	cases := []struct{ src, msg string }{
		{"f(a=1, a=2)\n", "keyword argument repeated: a"},
		{"class C(x=1, x=2): pass\n", "keyword argument repeated: x"},
		{"a = *b\n", "can't use starred expression here"},
		{"*a = [1]\n", "starred assignment target must be in a list or tuple"},
		{"x = [await y for y in z]\n", "asynchronous comprehension outside of an asynchronous function"},
		{"from __future__ import braces\n", "not a chance"},
		{"from __future__ import nope\n", "future feature nope is not defined"},
		{"x = 1\nfrom __future__ import annotations\n", "from __future__ imports must occur at the beginning of the file"},
		{"def f():\n    from __future__ import annotations\n", "from __future__ imports must occur at the beginning of the file"},
	}
	for _, c := range cases {
		_, err := compileSrc(t, c.src)
		var ce *Error
		if !errors.As(err, &ce) || ce.Msg != c.msg || ce.Unsupported {
			t.Errorf("%q: got %v, want %q", c.src, err, c.msg)
		}
	}
	// A docstring may precede the future imports.
	if _, err := compileSrc(t, "'doc'\nfrom __future__ import annotations, division\n"); err != nil {
		t.Errorf("docstring then future import: %v", err)
	}
}

func hasOp(code *object.Code, op opcode.Opcode) bool { return find(code, op) >= 0 }

func TestAnnotationsAndGenerics(t *testing.T) {
	cases := []struct {
		src  string
		ops  []opcode.Opcode
		none []opcode.Opcode
	}{
		{"x: int = 1\n", []opcode.Opcode{opcode.SETUP_ANNOTATIONS}, nil},
		{"if c:\n    x: int\n", []opcode.Opcode{opcode.SETUP_ANNOTATIONS}, nil},
		{"def f():\n    x: int = 1\n", nil, []opcode.Opcode{opcode.SETUP_ANNOTATIONS}},
		{"x = 1\n", nil, []opcode.Opcode{opcode.SETUP_ANNOTATIONS}},
		{"def f[T](x: T) -> T: pass\n", []opcode.Opcode{opcode.CALL}, nil},
		{"type A = int\n", []opcode.Opcode{opcode.CALL_INTRINSIC_1}, nil},
	}
	for _, c := range cases {
		code, err := compileSrc(t, c.src)
		if err != nil {
			t.Fatalf("%q: %v", c.src, err)
		}
		for _, op := range c.ops {
			if !hasOp(code, op) {
				t.Errorf("%q: no %v", c.src, op)
			}
		}
		for _, op := range c.none {
			if hasOp(code, op) {
				t.Errorf("%q: unexpected %v", c.src, op)
			}
		}
	}
	// Every generic construct compiles (none is left unsupported).
	for _, src := range []string{
		"def f[T: int, *Ts, **P](a: T, *b: *Ts) -> T: pass\n",
		"class C[T](Base, metaclass=M):\n    def m[U](self, u: U) -> T: pass\n",
		"class C:\n    type A[T] = list[T]\n    def g[V: (int, str)](self): pass\n",
		"async def f[T](x: T = 1, *, k: T = 2): pass\n",
		"class C(*bases, **kw): pass\n",
	} {
		if _, err := compileSrc(t, src); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
}

func TestAsyncGenerators(t *testing.T) {
	code, err := compileSrc(t, "async def f():\n    await x\n    yield 1\ng = (i async for i in y)\n")
	if err != nil {
		t.Fatal(err)
	}
	var fn, ge *object.Code
	for _, k := range code.Consts {
		if c, ok := object.AsCode(k); ok {
			switch c.Name {
			case "f":
				fn = c
			case "<genexpr>":
				ge = c
			}
		}
	}
	if fn == nil || ge == nil {
		t.Fatalf("code objects missing: %v %v", fn, ge)
	}
	for _, c := range []*object.Code{fn, ge} {
		if c.Flags&object.CodeAsyncGenerator == 0 || c.Flags&object.CodeCoroutine != 0 {
			t.Errorf("%s: flags %#x, want an async generator", c.Name, c.Flags)
		}
		if !hasOp(c, opcode.CALL_INTRINSIC_1) {
			t.Errorf("%s: yields are not wrapped", c.Name)
		}
	}
	if i := find(code, opcode.GET_AITER); i < 0 {
		t.Errorf("the async genexp's outermost iterable is not GET_AITER'd")
	}
	_, err = compileSrc(t, "async def f():\n    yield 1\n    return 2\n")
	var ce *Error
	if !errors.As(err, &ce) || ce.Msg != "'return' with value in async generator" {
		t.Errorf("return value in async generator: %v", err)
	}
}
