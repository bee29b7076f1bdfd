// Package lifecycle connects the runtime's state (statestruct) to the
// execution engine (core/vm): it creates an interpreter's engine state
// when the interpreter is created, a thread state's engine state when the
// thread state first runs code, tears both down when the interpreter ends
// or the runtime finalizes, and runs source strings and files in
// `__main__` with the semantics of CPython 3.13's PyRun_SimpleString and
// PyRun_SimpleFile (tracebacks and SyntaxErrors printed to stderr,
// SystemExit turned into an exit code for the caller).
//
// Layer 8 (ARCHITECTURE.md): it imports core/vm, core/compile,
// core/parser, core/object and statestruct, and is called by capi. Every
// function that runs code must be called by the OS thread that holds the
// interpreter's lock for t (the thread state is attached); nothing here
// finds "the current thread" by itself.
//
// Output: print() and the other writers of an interpreter go to file
// descriptor 1 through a per-interpreter buffer (see fdWriter), flushed at
// the end of every run, before a traceback is written, and when the
// interpreter ends; tracebacks go to file descriptor 2 unbuffered, one
// write per traceback. There is no sys.stdout object yet.
package lifecycle

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/subpy/subpy/core/modules/stdlib"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
	"github.com/subpy/subpy/statestruct"
)

// The standard file descriptors the engine writes to.
const (
	stdoutFD = 1
	stderrFD = 2
)

// StartInterpreter creates the engine state of t's interpreter (builtins,
// `__main__`, sys.modules) and t's own engine thread state, if they do not
// exist yet. capi calls it right after the interpreter is created
// (Py_InitializeFromConfig, Py_NewInterpreterFromConfig) so that an
// interpreter is usable when it counts as created; the run functions call
// it too, so a thread state made later gets its engine state on first use.
// t must hold its interpreter's lock.
func StartInterpreter(t *statestruct.Thread) (*vm.Thread, error) {
	if vt, ok := t.Engine.(*vm.Thread); ok && vt != nil {
		return vt, nil
	}
	in := t.Interpreter()
	vi, _ := in.Engine.(*vm.Interp)
	if vi == nil {
		var err error
		vi, _, err = vm.NewInterp(stdlib.Config(vm.Config{
			Stdout: newFDWriter(stdoutFD, true),
			Stderr: newFDWriter(stderrFD, false),
		}, sysOptions(in.Runtime().Config()), Engine{}))
		if err != nil {
			return nil, fmt.Errorf("creating the engine state of interpreter %d: %w", in.ID(), err)
		}
		stdlib.BuiltinsSpec(vi)
		// CPython's __main__ starts with an empty __annotations__.
		vi.Main.Dict.SetStr(object.NewStr("__annotations__"), object.NewDict().Value())
		in.Engine = vi
	}
	vt := vi.NewThread(t)
	t.Engine = vt
	return vt, nil
}

// Engine is core/lifecycle as the interpreters modules see it
// (interpreters.Engine): they create interpreters through it.
type Engine struct{}

// StartInterpreter implements interpreters.Engine.
func (Engine) StartInterpreter(st *statestruct.Thread) (*vm.Thread, error) {
	return StartInterpreter(st)
}

// EndInterpreter implements interpreters.Engine.
func (Engine) EndInterpreter(in *statestruct.Interpreter) { EndInterpreter(in) }

// EndInterpreter flushes the interpreter's buffered output and drops its
// engine state and that of each of its thread states. capi calls it before
// Py_EndInterpreter and Py_FinalizeEx unregister the interpreter, from a
// thread that may run no Python code any more: no Python code runs here.
func EndInterpreter(in *statestruct.Interpreter) {
	if vi, ok := in.Engine.(*vm.Interp); ok && vi != nil {
		flush(vi)
	}
	for _, t := range in.Threads() {
		t.Engine = nil
	}
	in.Engine = nil
}

// ClearThread drops a thread state's engine state (PyThreadState_Clear).
func ClearThread(t *statestruct.Thread) {
	t.Engine = nil
}

// Flush writes out the buffered standard output of t's interpreter.
func Flush(in *statestruct.Interpreter) {
	if vi, ok := in.Engine.(*vm.Interp); ok && vi != nil {
		flush(vi)
	}
}

func flush(vi *vm.Interp) {
	vi.FlushFiles() // open()'s files still holding buffered writes
	if w, ok := vi.Stdout.(*fdWriter); ok {
		w.Flush()
	}
}

// sysOptions derives sys.argv and the initial sys.path from the runtime's
// configuration: argv as PyConfig_Read left it ([""] when empty, as
// CPython), then PYTHONPATH's entries (unless the environment is ignored)
// and the configured module search paths. The script's directory is added
// in front by the run that asks for it (Flags.Path0).
func sysOptions(cfg statestruct.RuntimeConfig) stdlib.Options {
	argv := cfg.Argv
	if len(argv) == 0 {
		argv = []string{""}
	}
	var path []string
	if cfg.UseEnvironment && !cfg.Isolated && cfg.PythonPathEnv != "" {
		for _, p := range strings.Split(cfg.PythonPathEnv, string(os.PathListSeparator)) {
			if p != "" {
				path = append(path, p)
			}
		}
	}
	if cfg.ModuleSearchPathsSet {
		path = append(path, cfg.ModuleSearchPaths...)
	}
	return stdlib.Options{Argv: argv, Path: path, Executable: executable(cfg.ProgramName),
		Isolated: cfg.Isolated, IgnoreEnvironment: !cfg.UseEnvironment, NoSite: !cfg.SiteImport}
}

// executable is sys.executable for the program name the process was
// started as, as CPython computes it: a name with a slash made absolute
// (not resolved), a bare name looked up on PATH; "" when not found.
func executable(program string) string {
	if program == "" {
		return ""
	}
	if strings.ContainsRune(program, '/') {
		if filepath.IsAbs(program) {
			return program
		}
		if cwd, err := os.Getwd(); err == nil {
			return filepath.Join(cwd, program)
		}
		return program
	}
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		if dir == "" {
			dir = "."
		}
		p := filepath.Join(dir, program)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() && st.Mode()&0o111 != 0 {
			if !filepath.IsAbs(p) {
				if abs, err := filepath.Abs(p); err == nil {
					p = abs
				}
			}
			return p
		}
	}
	return ""
}

// insertPath0 puts the directory of the script named filename first on
// sys.path: its real (symlink-resolved) directory for a file, "" for
// "<string>" and "<stdin>" (python -c and standard input).
func insertPath0(vi *vm.Interp, filename string) {
	dir := ""
	if !strings.HasPrefix(filename, "<") {
		p := filename
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real
		}
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		dir = filepath.Dir(p)
	}
	sys, ok := object.AsModule(vi.Modules.GetStr(object.NewStr("sys")))
	if !ok {
		return
	}
	path, ok := object.AsList(sys.Dict.GetStr(object.NewStr("path")))
	if !ok {
		return
	}
	path.Items = append([]object.Value{object.NewStr(dir).Value()}, path.Items...)
}
