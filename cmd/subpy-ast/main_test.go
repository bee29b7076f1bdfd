package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// oracleLine is what python3.13 prints for one file (the command's spec).
func oracleLine(t *testing.T, file, mode string, attrs bool) string {
	t.Helper()
	py := filepath.Join(os.Getenv("HOME"), ".pyenv/versions/3.13.0/bin/python3.13")
	script := `import ast, sys
f, mode, a = sys.argv[1], sys.argv[2], sys.argv[3] == '1'
try:
    print(ast.dump(ast.parse(open(f, 'rb').read(), f, mode), include_attributes=a))
except SyntaxError as e:
    print('%s: %s (%s, line %s, column %s)' % (type(e).__name__, e.msg, f, e.lineno, e.offset))
`
	a := "0"
	if attrs {
		a = "1"
	}
	out, err := exec.Command(py, "-c", script, file, mode, a).Output()
	if err != nil {
		t.Fatalf("the CPython 3.13 oracle (%s): %v", py, err)
	}
	return strings.TrimSuffix(string(out), "\n")
}

// runCLI runs the command in-process and returns its stdout, stderr and
// exit status.
func runCLI(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	dir := t.TempDir()
	out, err := os.Create(filepath.Join(dir, "out"))
	if err != nil {
		t.Fatal(err)
	}
	errf, err := os.Create(filepath.Join(dir, "err"))
	if err != nil {
		t.Fatal(err)
	}
	status := run(args, out, errf)
	out.Close()
	errf.Close()
	o, _ := os.ReadFile(out.Name())
	e, _ := os.ReadFile(errf.Name())
	return string(o), string(e), status
}

func TestCLI(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.py")
	bad := filepath.Join(dir, "bad.py")
	missing := filepath.Join(dir, "missing.py")
	os.WriteFile(good, []byte("x = 1\n"), 0o644)
	os.WriteFile(bad, []byte("x = (\n"), 0o644)

	out, _, st := runCLI(t, good)
	if st != 0 || out != oracleLine(t, good, "exec", false)+"\n" {
		t.Errorf("good file: status %d, output %q", st, out)
	}
	out, _, st = runCLI(t, "-a", good, bad)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if st != 1 || len(lines) != 2 || lines[0] != oracleLine(t, good, "exec", true) || lines[1] != oracleLine(t, bad, "exec", true) {
		t.Errorf("good+bad: status %d, output %q", st, out)
	}
	out, stderr, st := runCLI(t, missing, good)
	lines = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if st != 2 || len(lines) != 2 || lines[0] != "OSError: No such file or directory ("+missing+")" || stderr == "" {
		t.Errorf("missing file: status %d, output %q, stderr %q", st, out, stderr)
	}
	out, _, st = runCLI(t, "-m", "eval", good)
	if st != 1 || out != oracleLine(t, good, "eval", false)+"\n" {
		t.Errorf("eval mode: status %d, output %q", st, out)
	}
	for _, args := range [][]string{{}, {"-m", "bogus", good}, {"-z", good}} {
		if _, stderr, st := runCLI(t, args...); st != 2 || stderr == "" {
			t.Errorf("usage %q: status %d, stderr %q", args, st, stderr)
		}
	}
}
