package lifecycle

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/subpy/subpy/core/vm"
	"github.com/subpy/subpy/statestruct"
)

const python313 = "/root/.pyenv/versions/3.13.0/bin/python3.13"

type outcome struct {
	stdout, stderr string
	status         int
}

func oracle(t *testing.T, args ...string) outcome {
	t.Helper()
	if _, err := os.Stat(python313); err != nil {
		t.Fatalf("the CPython 3.13 oracle is missing at %s: %v", python313, err)
	}
	cmd := exec.Command(python313, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	status := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		status = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return outcome{out.String(), errb.String(), status}
}

// capture runs fn with file descriptors 1 and 2 redirected to files and
// returns what was written to them.
func capture(t *testing.T, fn func()) (string, string) {
	t.Helper()
	dir := t.TempDir()
	redirect := func(fd int, name string) (int, string) {
		path := filepath.Join(dir, name)
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		saved, err := syscall.Dup(fd)
		if err != nil {
			t.Fatal(err)
		}
		if err := syscall.Dup2(int(f.Fd()), fd); err != nil {
			t.Fatal(err)
		}
		f.Close()
		return saved, path
	}
	so, po := redirect(1, "out")
	se, pe := redirect(2, "err")
	fn()
	syscall.Dup2(so, 1)
	syscall.Dup2(se, 2)
	syscall.Close(so)
	syscall.Close(se)
	o, _ := os.ReadFile(po)
	e, _ := os.ReadFile(pe)
	return string(o), string(e)
}

// run runs src in a fresh runtime's main interpreter the way the launcher
// runs a script or -c, and returns what a launcher would report.
func run(t *testing.T, src, filename string, flags Flags) outcome {
	t.Helper()
	var r Result
	o, e := capture(t, func() {
		rt := &statestruct.Runtime{}
		th, st := rt.Initialize(statestruct.RuntimeConfig{})
		if st.IsError() {
			t.Fatalf("initialize: %v", st)
		}
		if _, err := StartInterpreter(th); err != nil {
			t.Fatal(err)
		}
		r = RunString(th, []byte(src), filename, flags)
		for _, in := range rt.Interpreters() {
			EndInterpreter(in)
		}
		rt.Finalize(th)
	})
	status := r.ExitCode & 0xff
	return outcome{o, e, status}
}

func compare(t *testing.T, got, want outcome) {
	t.Helper()
	if got.stdout != want.stdout {
		t.Errorf("stdout differs\n--- subpy\n%s--- python3.13\n%s", got.stdout, want.stdout)
	}
	if got.stderr != want.stderr {
		t.Errorf("stderr differs\n--- subpy\n%s--- python3.13\n%s", got.stderr, want.stderr)
	}
	if got.status != want.status {
		t.Errorf("exit status %d, python3.13 %d", got.status, want.status)
	}
}

// Scripts run as files: tracebacks with source lines and carets,
// SyntaxErrors with the file's text (the compiler's and the symtable's
// included), SystemExit's exit codes, output flushed before a traceback.
var scripts = map[string]string{
	"ok":               "x = [i * i for i in range(5)]\nprint(x, __name__)\n",
	"file_set":         "print(__file__.endswith('.py'), __cached__)\n",
	"traceback":        "print('first')\ndef f(d):\n    return d['missing']\n\nprint(f({}))\n",
	"chained":          "try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise ValueError('no')\n",
	"exit_int":         "print('out')\nraise SystemExit(3)\n",
	"exit_none":        "raise SystemExit()\n",
	"exit_str":         "print('x')\nraise SystemExit('goodbye')\n",
	"exit_tuple":       "raise SystemExit(1, 2)\n",
	"exit_false":       "raise SystemExit(False)\n",
	"exit_big":         "raise SystemExit(256 + 4)\n",
	"exit_sub":         "class Quit(SystemExit):\n    pass\nraise Quit(5)\n",
	"syntax_parser":    "x = 1\nif x\n    pass\n",
	"syntax_unclosed":  "print('a'\n",
	"syntax_indent":    "def f():\nreturn 1\n",
	"syntax_compiler":  "x = 1\n  # c\nbreak\n",
	"syntax_symtable":  "def f():\n    x = 1\n    global x\n",
	"syntax_return":    "class C:\n    return 1\n",
	"syntax_tab_caret": "if True:\n\tx = (1 +\n",
}

func TestScriptsMatchCPython(t *testing.T) {
	dir := t.TempDir()
	for name, src := range scripts {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, "case_"+name+".py") // never shadows a stdlib module
			if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			compare(t, run(t, src, path, Flags{SetFile: true}), oracle(t, path))
		})
	}
}

// Source strings run as `python -c` runs them (the source registered for
// tracebacks, Flags.LineCache): SyntaxErrors as CPython prints them for
// "<string>" (the parser's with text and carets, the compiler's and the
// symtable's without text), tracebacks with source lines and carets.
var commands = map[string]string{
	"parser":   "x = (1,\n",
	"invalid":  "a = 1\nb = 2 +* 3\n",
	"indent":   "if True:\nprint(1)\n",
	"compiler": "print('ok')\nreturn 5\n",
	"symtable": "nonlocal x\n",
	"exit":     "raise SystemExit(9)",
	"exit_msg": "print(1)\nraise SystemExit('stop')",
	"unicode":  "s = 'é'\nprint(s, len(s)\n",
	"runtime":  "print('a')\ndef f(x):\n    return x[1] + 1\nf([0])\n",
	"chain":    "try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('v') from e\n",
}

func TestCommandsMatchCPython(t *testing.T) {
	for name, src := range commands {
		t.Run(name, func(t *testing.T) {
			compare(t, run(t, src, "<string>", Flags{LineCache: true}), oracle(t, "-c", src))
		})
	}
}

// The engine state exists from creation, survives across runs in
// __main__, and is dropped when the interpreter ends.
func TestEngineStateLifecycle(t *testing.T) {
	rt := &statestruct.Runtime{}
	th, _ := rt.Initialize(statestruct.RuntimeConfig{})
	vt, err := StartInterpreter(th)
	if err != nil || vt == nil {
		t.Fatal(err)
	}
	if again, _ := StartInterpreter(th); again != vt {
		t.Fatal("StartInterpreter made a second engine thread state")
	}
	in := th.Interpreter()
	if _, ok := in.Engine.(*vm.Interp); !ok {
		t.Fatal("no engine interpreter state")
	}
	var r1, r2 Result
	o, _ := capture(t, func() {
		r1 = RunString(th, []byte("g = 41"), "<string>", Flags{})
		r2 = RunString(th, []byte("print(g + 1)"), "<string>", Flags{})
	})
	if r1.Outcome != Done || r2.Outcome != Done || o != "42\n" {
		t.Fatalf("runs: %+v %+v, stdout %q", r1, r2, o)
	}
	ClearThread(th)
	if th.Engine != nil {
		t.Fatal("ClearThread left the engine thread state")
	}
	EndInterpreter(in)
	if in.Engine != nil {
		t.Fatal("EndInterpreter left the engine state")
	}
	rt.Finalize(th)
}

func TestFormatSyntaxErrorStripsIndent(t *testing.T) {
	out := run(t, "if 1:\n    x = )\n", "<string>", Flags{})
	want := oracle(t, "-c", "if 1:\n    x = )\n")
	compare(t, out, want)
	if !strings.Contains(out.stderr, "    x = )\n") {
		t.Errorf("indentation not stripped: %q", out.stderr)
	}
}

// OWN_GIL interpreters run code at the same time on several goroutines
// (OS threads), each in its own __main__ (run under -race in CI).
func TestParallelInterpreters(t *testing.T) {
	rt := &statestruct.Runtime{}
	mainT, _ := rt.Initialize(statestruct.RuntimeConfig{})
	if _, err := StartInterpreter(mainT); err != nil {
		t.Fatal(err)
	}
	const n = 4
	results := make([]Result, n)
	o, e := capture(t, func() {
		RunString(mainT, []byte("shared = 1"), "<string>", Flags{})
		done := make(chan int)
		for i := 0; i < n; i++ {
			go func(i int) {
				th, st := rt.NewInterpreter(statestruct.InterpreterConfig{Lock: statestruct.LockOwn,
					CheckMultiInterpExtensions: true}, statestruct.WhenceCAPI)
				if st.IsError() {
					panic(st)
				}
				th.Attach()
				if _, err := StartInterpreter(th); err != nil {
					panic(err)
				}
				src := "me = " + string(rune('0'+i)) + "\nacc = 0\nfor k in range(20000):\n    acc += k * me\n" +
					"try:\n    shared\nexcept NameError:\n    print('interp', me, acc)\n"
				results[i] = RunString(th, []byte(src), "<string>", Flags{})
				EndInterpreter(th.Interpreter())
				rt.EndInterpreter(th)
				done <- i
			}(i)
		}
		for i := 0; i < n; i++ {
			<-done
		}
		EndInterpreter(mainT.Interpreter())
		rt.Finalize(mainT)
	})
	if e != "" {
		t.Fatalf("stderr: %s", e)
	}
	for i := 0; i < n; i++ {
		if results[i].Outcome != Done {
			t.Errorf("interpreter %d: %+v", i, results[i])
		}
		want := "interp " + string(rune('0'+i)) + " "
		if !strings.Contains(o, want) {
			t.Errorf("stdout lacks %q: %q", want, o)
		}
	}
	if strings.Count(o, "\n") != n {
		t.Errorf("stdout: %q", o)
	}
}

// BenchmarkCreateRunEnd is the engine's share of the create+end benchmark
// (bench/lifecycle): a usable OWN_GIL interpreter created, one trivial
// statement run in it, ended.
func BenchmarkCreateRunEnd(b *testing.B) {
	rt := &statestruct.Runtime{}
	mainT, _ := rt.Initialize(statestruct.RuntimeConfig{})
	if _, err := StartInterpreter(mainT); err != nil {
		b.Fatal(err)
	}
	mainT.Detach()
	src := []byte("x = 1")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		th, st := rt.NewInterpreter(statestruct.InterpreterConfig{Lock: statestruct.LockOwn,
			CheckMultiInterpExtensions: true}, statestruct.WhenceCAPI)
		if st.IsError() {
			b.Fatal(st)
		}
		th.Attach()
		if _, err := StartInterpreter(th); err != nil {
			b.Fatal(err)
		}
		if r := RunString(th, src, "<string>", Flags{}); r.Outcome != Done {
			b.Fatal(r)
		}
		EndInterpreter(th.Interpreter())
		rt.EndInterpreter(th)
	}
	b.StopTimer()
	mainT.Attach()
	rt.Finalize(mainT)
}
