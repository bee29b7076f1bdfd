package vm

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/subpy/subpy/core/compile"
)

// python313 is the oracle (docs/engine-design.md; the Makefile's PY313).
const python313 = "/root/.pyenv/versions/3.13.0/bin/python3.13"

// runResult is what a program produced.
type runResult struct {
	stdout, stderr string
	status         int
}

// runOracle runs a program under CPython 3.13.
func runOracle(t *testing.T, path string) runResult {
	t.Helper()
	if _, err := os.Stat(python313); err != nil {
		t.Fatalf("the CPython 3.13 oracle is missing at %s (pyenv install 3.13.0): %v", python313, err)
	}
	cmd := exec.Command(python313, path)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	status := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		status = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running %s: %v", python313, err)
	}
	return runResult{out.String(), errb.String(), status}
}

// runSubpy runs a program through parse → symtable → compile → VM, the
// way the launcher will: an uncaught exception prints its traceback to
// stderr and exits with status 1.
func runSubpy(t *testing.T, path string) runResult {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	_, th, err := NewInterp(Config{Stdout: &out, Stderr: &errb, Modules: testModules()})
	if err != nil {
		t.Fatal(err)
	}
	err = th.RunSource(path, src)
	var pe *PyError
	var ce *compile.Error
	switch {
	case err == nil:
		return runResult{out.String(), errb.String(), 0}
	case errors.As(err, &pe):
		th.PrintException(&errb, pe.Exc)
		return runResult{out.String(), errb.String(), 1}
	case errors.As(err, &ce) && ce.Unsupported:
		t.Skipf("not supported yet: %v", err)
	default:
		t.Fatalf("%s: %v", path, err)
	}
	return runResult{}
}

// TestPrograms runs every testdata/programs/*.py under CPython 3.13 and
// subpy and compares stdout, the exit status and, for failing programs,
// stderr (the traceback). bench_*.py programs run in the benchmarks only.
func TestPrograms(t *testing.T) {
	paths, err := filepath.Glob("testdata/programs/*.py")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no programs: %v", err)
	}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".py")
		if strings.HasPrefix(name, "bench_") || strings.HasPrefix(name, "mod_") || strings.HasPrefix(name, "import_") {
			continue // mod_*/import_*: core/modules/stdlib's TestPrograms (the real modules)
		}
		abs, _ := filepath.Abs(p)
		t.Run(name, func(t *testing.T) {
			want := runOracle(t, abs)
			got := runSubpy(t, abs)
			if got.stdout != want.stdout {
				t.Errorf("stdout differs\n--- subpy\n%s--- python3.13\n%s", got.stdout, want.stdout)
			}
			if got.status != want.status {
				t.Errorf("exit status %d, python3.13 %d", got.status, want.status)
			}
			if want.status != 0 && got.stderr != want.stderr {
				t.Errorf("stderr differs\n--- subpy\n%s--- python3.13\n%s", got.stderr, want.stderr)
			}
		})
	}
}
