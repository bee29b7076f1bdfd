package stdlib

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/subpy/subpy/core/compile"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

// python313 is the oracle (docs/engine-design.md; the Makefile's PY313).
const python313 = "/root/.pyenv/versions/3.13.0/bin/python3.13"

// programs is where the oracle programs live: core/vm's, of which this
// package runs the ones that need the real modules and the importer
// (mod_*.py, import_*.py); core/vm's TestPrograms skips them.
const programs = "../../vm/testdata/programs"

type result struct {
	stdout, stderr string
	status         int
}

func runOracle(t *testing.T, path string) result {
	t.Helper()
	if _, err := os.Stat(python313); err != nil {
		t.Fatalf("the CPython 3.13 oracle is missing at %s: %v", python313, err)
	}
	cmd := exec.Command(python313, path)
	cmd.Env = append(os.Environ(), "PYTHONDONTWRITEBYTECODE=1")
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
	return result{out.String(), errb.String(), status}
}

// runSubpy runs a program as the launcher does: sys.path[0] is the
// script's directory, sys.argv[0] the script; SystemExit sets the status.
func runSubpy(t *testing.T, path string) result {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	cfg := Config(vm.Config{Stdout: &out, Stderr: &errb}, Options{Argv: []string{path}, Path: []string{filepath.Dir(path)}}, nil)
	_, th, err := vm.NewInterp(cfg)
	if err != nil {
		t.Fatal(err)
	}
	err = th.RunSource(path, src)
	var pe *vm.PyError
	var ce *compile.Error
	switch {
	case err == nil:
		return result{out.String(), errb.String(), 0}
	case errors.As(err, &pe):
		if pe.Exc.Type().IsSubtype(object.SystemExitType) {
			status := exitStatus(th, pe.Exc, &errb)
			return result{out.String(), errb.String(), status}
		}
		th.PrintException(&errb, pe.Exc)
		return result{out.String(), errb.String(), 1}
	case errors.As(err, &ce) && ce.Unsupported:
		t.Skipf("not supported yet: %v", err)
	default:
		t.Fatalf("%s: %v", path, err)
	}
	return result{}
}

// exitStatus is CPython's handling of an uncaught SystemExit: None → 0,
// an int → that status, anything else printed to stderr → 1.
func exitStatus(th *vm.Thread, e *object.Exception, stderr *bytes.Buffer) int {
	args := object.GetAttr(&th.Thread, e.Value(), object.NewStr("args"))
	tu, _ := object.AsTuple(args)
	var code object.Value = object.None
	switch tu.Len() {
	case 0:
	case 1:
		code = tu.Items[0]
	default:
		code = args
	}
	if code == object.None {
		return 0
	}
	if n, ok := object.AsInt64(code); ok {
		return int(n & 0xff)
	}
	s, _ := object.AsStr(object.StrOf(&th.Thread, code))
	fmt.Fprintln(stderr, s.String())
	return 1
}

// TestPrograms compares mod_*.py and import_*.py with CPython 3.13:
// stdout, exit status and, for failing programs, stderr.
func TestPrograms(t *testing.T) {
	var paths []string
	for _, pat := range []string{"mod_*.py", "import_*.py"} {
		p, _ := filepath.Glob(filepath.Join(programs, pat))
		paths = append(paths, p...)
	}
	if len(paths) == 0 {
		t.Fatal("no programs")
	}
	for _, p := range paths {
		abs, _ := filepath.Abs(p)
		t.Run(strings.TrimSuffix(filepath.Base(p), ".py"), func(t *testing.T) {
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

// TestRunFile runs $SUBPY_RUN (a development aid).
func TestRunFile(t *testing.T) {
	p := os.Getenv("SUBPY_RUN")
	if p == "" {
		t.Skip("SUBPY_RUN not set")
	}
	abs, _ := filepath.Abs(p)
	r := runSubpy(t, abs)
	fmt.Printf("%s--- stderr\n%s--- status %d\n", r.stdout, r.stderr, r.status)
}
