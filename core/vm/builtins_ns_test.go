package vm

import (
	"bytes"
	"errors"
	"testing"
)

// runSnippet runs src as __main__ and returns its stdout, or the
// uncaught exception's "Type: message" line.
func runSnippet(t *testing.T, src string) string {
	t.Helper()
	var out, errb bytes.Buffer
	_, th, err := NewInterp(Config{Stdout: &out, Stderr: &errb, Modules: testModules()})
	if err != nil {
		t.Fatal(err)
	}
	err = th.RunSource("<test>", []byte(src))
	var pe *PyError
	if errors.As(err, &pe) {
		th.PrintException(&errb, pe.Exc)
		lines := bytes.Split(bytes.TrimSpace(errb.Bytes()), []byte("\n"))
		return out.String() + "!" + string(lines[len(lines)-1])
	}
	if err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	return out.String()
}

// TestIntrospectionBuiltins checks the namespace, eval/exec/compile and
// iteration builtins and the introspection attributes against results
// taken from CPython 3.13.
func TestIntrospectionBuiltins(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"print(globals() is vars(), sorted(k for k in locals() if k[0] != '_'))", "True []\n"},
		{"def f(a, b=2):\n    c = a\n    return sorted(locals().items())\nprint(f(1))", "[('a', 1), ('b', 2), ('c', 1)]\n"},
		{"def f():\n    x = 1\n    def g():\n        return x\n    return sorted(locals())\nprint(f())", "['g', 'x']\n"},
		{"class K:\n    a = 1\n    def m(self): pass\nprint([n for n in dir(K) if not n.startswith('__')])", "['a', 'm']\n"},
		{"class D:\n    def __dir__(self):\n        return ['b', 'a']\nprint(dir(D()))", "['a', 'b']\n"},
		{"vars(1)", "!TypeError: vars() argument must have __dict__ attribute"},
		{"print(eval('x + 1', {'x': 41}), exec('y = 2', {}), eval(' 3'))", "42 None 3\n"},
		{"ns = {}\nexec('a = 1', ns)\nprint(sorted(ns))", "['__builtins__', 'a']\n"},
		{"class M(dict):\n    def __missing__(self, k):\n        return k * 2\nprint(eval('ab', {}, M()))", "abab\n"},
		{"eval('1', [])", "!TypeError: globals must be a real dict; try eval(expr, {}, mapping)"},
		{"exec('1', {}, 3)", "!TypeError: locals must be a mapping or None, not int"},
		{"compile('1', 'f', 'bad')", "!ValueError: compile() mode must be 'exec', 'eval' or 'single'"},
		{"compile('1', 'f', 'exec', 0x400)", "!NotImplementedError: compile() with ast.PyCF_ONLY_AST is not supported: subpy has no ast module yet"},
		{"exec(compile('6 * 7', '<s>', 'single'))", "42\n"},
		{"try:\n    compile('x = (', '<b>', 'exec')\nexcept SyntaxError as e:\n    print(e.msg, e.lineno, e.offset, repr(e.text))", "'(' was never closed 1 5 'x = (\\n'\n"},
		{"print(__import__('math').pi > 3, __import__('math', fromlist=['pi']).__name__)", "True math\n"},
		{"__import__('')", "!ValueError: Empty module name"},
		{"print(ascii('é✓'), ascii([1]))", "'\\xe9\\u2713' [1]\n"},
		{"it = iter([1, 2, 0, 3])\nprint(list(iter(lambda: next(it), 0)))", "[1, 2]\n"},
		{"print(next(iter([]), 'd'))", "d\n"},
		{"print(sum([0.1] * 10), sum([1, 2], 3), sum([True, 2**62, 2**62]))", "1.0 6 9223372036854775809\n"},
		{"sum(['a'], '')", "!TypeError: sum() can't sum strings [use ''.join(seq) instead]"},
		{"class R:\n    def __round__(self, n=None):\n        return n\nprint(round(R(), 3))", "3\n"},
		{"round(object())", "!TypeError: type object doesn't define __round__ method"},
		{"class S:\n    def __len__(self): return 2\n    def __getitem__(self, i): return i\nprint(list(reversed(S())))", "[1, 0]\n"},
		{"reversed({1})", "!TypeError: 'set' object is not reversible"},
		{"list(zip([1], [1, 2], strict=True))", "!ValueError: zip() argument 2 is longer than argument 1"},
		{"list(zip([1, 2], [1], [1], strict=True))", "!ValueError: zip() argument 2 is shorter than argument 1"},
		{"print(list(enumerate('ab', start=3)))", "[(3, 'a'), (4, 'b')]\n"},
		{"class I:\n    def __index__(self): return 10\nprint(hex(I()), chr(I() .__index__() + 55))", "0xa A\n"},
		{"min(1, 2, default=0)", "!TypeError: Cannot specify a default for min() with multiple positional arguments"},
		{"sorted([], a=1, b=2, c=3)", "!TypeError: sort() takes at most 2 keyword arguments (3 given)"},
		{"def f(a, b=1, *, c=2):\n    'doc'\nprint(f.__doc__, f.__defaults__, f.__kwdefaults__, f.__closure__, f.__annotations__)", "doc (1,) {'c': 2} None {}\n"},
		{"def f():\n    '''\n    x\n      y\n    '''\nprint(repr(f.__doc__))", "'\\nx\\n  y\\n'\n"},
		{"def f(): pass\nf.__defaults__ = 1", "!TypeError: __defaults__ must be set to a tuple object"},
		{"def f(): pass\nf.__name__ = None", "!TypeError: __name__ must be set to a string object"},
		{"def f(): pass\nf.__globals__ = {}", "!AttributeError: readonly attribute"},
		{"def f(): pass\nf.x = 5\nprint(f.x, f.__dict__)", "5 {'x': 5}\n"},
		{"def o():\n    v = 1\n    def i(): return v\n    return i\nc = o().__closure__[0]\nprint(c.cell_contents, type(c).__name__)", "1 cell\n"},
		{"def o():\n    def i(): return v\n    i.__closure__[0].cell_contents\n    v = 1\no()", "!ValueError: Cell is empty"},
		{"def f(a, /, b, *c, d, **e):\n    x = 1\nk = f.__code__\nprint(k.co_argcount, k.co_posonlyargcount, k.co_kwonlyargcount, k.co_varnames, k.co_flags)", "2 1 1 ('a', 'b', 'd', 'c', 'e', 'x') 15\n"},
		{"def o():\n    x = 1\n    def i(): return x\n    return i\nprint(o.__code__.co_cellvars, o().__code__.co_freevars, o().__code__.co_flags)", "('x',) ('x',) 19\n"},
		{"class C:\n    def m(self): 'md'\nc = C()\nprint(c.m.__self__ is c, c.m.__func__ is C.m, c.m.__name__, c.m.__qualname__, c.m.__doc__, c.m == c.m)", "True True m C.m md True\n"},
		{"print(len.__name__, len.__qualname__, len.__module__, [].append.__qualname__, repr(len))", "len len builtins list.append <built-in function len>\n"},
		{"def g():\n    x = 1\n    yield x\nit = g()\nnext(it)\nprint(it.gi_frame.f_lineno, it.gi_frame.f_locals, it.gi_suspended)\nlist(it)\nprint(it.gi_frame)", "3 {'x': 1} True\nNone\n"},
	} {
		if got := runSnippet(t, c.src); got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}
