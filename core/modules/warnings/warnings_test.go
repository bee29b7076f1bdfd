package warnings

import (
	"bytes"
	"testing"

	"github.com/subpy/subpy/core/compile"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/parser"
	"github.com/subpy/subpy/core/vm"
)

// fakeSys is a sys module with just what warnings uses: stderr (which
// keeps what is written) and modules.
type fakeSys struct{}

func (fakeSys) Name() string { return "sys" }

func (fakeSys) Exec(t *vm.Thread, m *object.Module) bool {
	src := "class _Err:\n    def __init__(self):\n        self.parts = []\n    def write(self, s):\n        self.parts.append(s)\nstderr = _Err()\n"
	mod, err := parser.ParseFile("<sys>", []byte(src), parser.Exec, parser.Options{})
	if err != nil {
		panic(err)
	}
	code, err := compile.Compile(mod, "<sys>")
	if err != nil {
		panic(err)
	}
	m.Dict.SetStr(object.NewStr("modules"), t.Interpreter().Modules.Value())
	return t.RunModuleCode(code, m)
}

// TestWarnings runs warnings code and checks what reaches stderr and
// stdout: the default once-per-location registry, the filters' actions,
// catch_warnings(record=True) and the exact stderr format.
func TestWarnings(t *testing.T) {
	for _, c := range []struct{ src, stdout, stderr string }{
		{"import warnings\nfor i in range(3):\n    warnings.warn('again')\n", "", "<test>:3: UserWarning: again\n"},
		{"import warnings\nwarnings.warn('dep', DeprecationWarning)\n", "", "<test>:2: DeprecationWarning: dep\n"},
		{"import warnings\ndef f():\n    warnings.warn('pending', PendingDeprecationWarning)\nf()\n", "", ""},
		{"import warnings\nwarnings.simplefilter('always')\nfor i in range(2):\n    warnings.warn('x', RuntimeWarning)\n", "",
			"<test>:4: RuntimeWarning: x\n<test>:4: RuntimeWarning: x\n"},
		{"import warnings\nwarnings.simplefilter('error')\ntry:\n    warnings.warn('boom')\nexcept UserWarning as e:\n    print(repr(e))\n", "UserWarning('boom')\n", ""},
		{"import warnings\nwith warnings.catch_warnings(record=True) as w:\n    warnings.simplefilter('always')\n    warnings.warn('r', FutureWarning)\nprint(len(w), w[0].category.__name__, w[0].lineno, str(w[0].message))\n",
			"1 FutureWarning 4 r\n", ""},
		{"import warnings\nwarnings.filterwarnings('ignore', message='sk')\nwarnings.warn('skip me')\nwarnings.warn('keep me')\n", "", "<test>:4: UserWarning: keep me\n"},
		{"import warnings\nwarnings.warn_explicit('e', SyntaxWarning, 'f.py', 7)\n", "", "f.py:7: SyntaxWarning: e\n"},
		{"import warnings\ntry:\n    warnings.warn('x', 3)\nexcept TypeError as e:\n    print(e)\n", "category must be a Warning subclass, not 'int'\n", ""},
		{"import warnings\nprint(warnings.formatwarning('m', UserWarning, 'a.py', 3, ' src '), end='')\n", "a.py:3: UserWarning: m\n  src\n", ""},
	} {
		var out bytes.Buffer
		_, th, err := vm.NewInterp(vm.Config{Stdout: &out, Stderr: &out, Modules: []vm.ModuleDef{fakeSys{}, Module{}}})
		if err != nil {
			t.Fatal(err)
		}
		if err := th.RunSource("<test>", []byte(c.src+"import sys\n_stderr_text = ''.join(sys.stderr.parts)\n")); err != nil {
			t.Fatalf("%q: %v", c.src, err)
		}
		main := th.Interpreter().Main
		s, _ := object.AsStr(main.Dict.GetStr(object.NewStr("_stderr_text")))
		if out.String() != c.stdout || s.String() != c.stderr {
			t.Errorf("%q:\nstdout %q, want %q\nstderr %q, want %q", c.src, out.String(), c.stdout, s.String(), c.stderr)
		}
	}
}

// TestWarnOptions checks -W options taken from sys.warnoptions at import.
func TestWarnOptions(t *testing.T) {
	var out bytes.Buffer
	_, th, err := vm.NewInterp(vm.Config{Stdout: &out, Stderr: &out, Modules: []vm.ModuleDef{fakeSys{}, Module{}}})
	if err != nil {
		t.Fatal(err)
	}
	src := "import sys\nsys.warnoptions = ['ignore::UserWarning', 'error::RuntimeWarning:__main__', 'bogus']\nimport warnings\n" +
		"print(warnings.filters[:2])\nwarnings.warn('hidden')\ntry:\n    warnings.warn('raised', RuntimeWarning)\nexcept RuntimeWarning as e:\n    print('caught', e)\n" +
		"_stderr_text = ''.join(sys.stderr.parts)\n"
	if err := th.RunSource("<test>", []byte(src)); err != nil {
		t.Fatal(err)
	}
	want := "[('error', None, <class 'RuntimeWarning'>, re.compile('__main__\\\\Z'), 0), ('ignore', None, <class 'UserWarning'>, None, 0)]\ncaught raised\n"
	if out.String() != want {
		t.Errorf("stdout %q, want %q", out.String(), want)
	}
	s, _ := object.AsStr(th.Interpreter().Main.Dict.GetStr(object.NewStr("_stderr_text")))
	if s.String() != "Invalid -W option ignored: invalid action: 'bogus'\n" {
		t.Errorf("stderr %q", s.String())
	}
}
