package lifecycle

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/subpy/subpy/statestruct"
)

// moduleTree is a directory of modules and packages for -m and for
// running a directory.
var moduleTree = map[string]string{
	"hello.py":           "import sys\nprint(__name__, repr(__package__), sys.argv[1:], sys.argv[0] == __file__)\n",
	"pkg/__init__.py":    "print('init', __name__)\n",
	"pkg/__main__.py":    "import sys\nfrom . import sub\nprint('main', __name__, __package__, sys.argv[1:])\n",
	"pkg/sub.py":         "print('sub', __name__, __package__)\n",
	"pkg/boom.py":        "def f():\n    return 1 // 0\nf()\n",
	"nomain/__init__.py": "",
	"bad/__init__.py":    "raise ValueError('from init')\n",
	"syn.py":             "x = (\n",
	"exits.py":           "raise SystemExit(4)\n",
	"rd/__main__.py":     "def f():\n    1/0\nf()\n",
	"sd/__main__.py":     "x = (\n",
	"wp/__init__.py":     "from . import sub\n",
	"wp/sub.py":          "print('sub', __name__)\n",
	"app/__main__.py":    "import sys\nprint('app', __name__, repr(__package__), sys.argv)\n",
	"empty/other.py":     "",
}

// runModule runs RunModule (or RunPath when path is set) in a fresh
// runtime whose program name is CPython's, so that runpy's messages name
// the same executable.
func runModule(t *testing.T, target string, path bool, args ...string) outcome {
	t.Helper()
	var r Result
	o, e := capture(t, func() {
		rt := &statestruct.Runtime{}
		argv := append([]string{"-m"}, args...)
		if path {
			argv = append([]string{target}, args...)
		}
		th, st := rt.Initialize(statestruct.RuntimeConfig{ProgramName: python313, Argv: argv})
		if st.IsError() {
			t.Fatalf("initialize: %v", st)
		}
		if path {
			r = RunPath(th, target)
		} else {
			r = RunModule(th, target)
		}
		for _, in := range rt.Interpreters() {
			EndInterpreter(in)
		}
		rt.Finalize(th)
	})
	return outcome{o, e, r.ExitCode & 0xff}
}

func TestRunModuleMatchesCPython(t *testing.T) {
	dir := t.TempDir()
	for name, text := range moduleTree {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	cases := []struct {
		target string
		path   bool
		args   []string
	}{
		{"hello", false, []string{"a", "-b"}},
		{"pkg", false, []string{"x"}},
		{"pkg.sub", false, nil},
		{"pkg.boom", false, nil},
		{"pkg.missing", false, nil},
		{"nomain", false, nil},
		{"missing", false, nil},
		{"hello.x", false, nil},
		{"hello.py", false, nil},
		{".rel", false, nil},
		{"bad", false, nil},
		{"bad.sub", false, nil},
		{"syn", false, nil},
		{"sys", false, nil},
		{"empty", false, nil},
		{"nosuch.sub", false, nil},
		{"exits", false, nil},
		{"wp.sub", false, nil},
		{"__main__", false, nil},
		{"app", true, []string{"1"}},
		{"empty", true, nil},
		{"rd", true, nil},
		{"sd", true, nil},
		{"./app/", true, []string{"s"}},
	}
	for _, c := range cases {
		name := c.target
		if c.path {
			name = "path:" + name
		}
		t.Run(name, func(t *testing.T) {
			var want outcome
			if c.path {
				want = oracle(t, append([]string{c.target}, c.args...)...)
			} else {
				want = oracle(t, append([]string{"-m", c.target}, c.args...)...)
			}
			compare(t, runModule(t, c.target, c.path, c.args...), want)
		})
	}
}
