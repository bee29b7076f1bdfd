package vm

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestTracebacksMatchCPython prints uncaught exceptions of small programs
// and compares stderr with CPython 3.13's, byte for byte: carets and
// their omission, multi-line ranges, wide characters, repeated frames,
// notes, suggestions and SyntaxError's located form.
func TestTracebacksMatchCPython(t *testing.T) {
	const py = "/root/.pyenv/versions/3.13.0/bin/python3.13"
	if _, err := os.Stat(py); err != nil {
		t.Fatalf("the CPython 3.13 oracle is missing: %v", err)
	}
	dir := t.TempDir()
	for i, src := range []string{
		"def f(n):\n    return f(n + 1) if n < 50 else 1 / 0\nf(0)\n",
		"d = {'名前': 1}\nx = d['名前'] + d['値']\n",
		"x = (\n    1 +\n    'a'\n)\n",
		"def g():\n    return len(\n        1,\n        2,\n        3,\n        4,\n    )\ng()\n",
		"e = ValueError('bad')\ne.add_note('note one')\ne.add_note('two\\nlines')\nraise e\n",
		"values = [1]\nprint(valuez)\n",
		"class A:\n    def __init__(self):\n        self.speed = 1\n    def go(self):\n        return speed\nA().go()\n",
		"import math\nmath.sqr(2)\n",
		"raise SyntaxError('oops', ('f.py', 2, 5, '  a b c\\n', 2, 8))\n",
		"try:\n    {}['k']\nexcept KeyError as e:\n    raise RuntimeError('wrapped') from e\n",
		"result = int('x')\n",
		"class C:\n    x = 1\n    y = x + zz\n",
	} {
		path := filepath.Join(dir, "prog"+string(rune('a'+i))+".py")
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(py, path)
		var want bytes.Buffer
		cmd.Stderr = &want
		_ = cmd.Run()
		var out, got bytes.Buffer
		_, th, err := NewInterp(Config{Stdout: &out, Stderr: &got, Modules: testModules()})
		if err != nil {
			t.Fatal(err)
		}
		err = th.RunSource(path, []byte(src))
		var pe *PyError
		if !errors.As(err, &pe) {
			t.Fatalf("%q: want an uncaught exception, got %v", src, err)
		}
		th.PrintException(&got, pe.Exc)
		if got.String() != want.String() {
			t.Errorf("%q:\n--- got\n%s--- want\n%s", src, got.String(), want.String())
		}
	}
}
