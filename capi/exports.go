package main

/*
#include <stdlib.h>
#include "engine_abi.h"
*/
import "C"

import (
	"fmt"
	"os"
	"unsafe"

	"github.com/subpy/subpy/core/lifecycle"
	"github.com/subpy/subpy/statestruct"
)

// The subpy_engine_* entry points. Each matches an X(...) line of
// SUBPY_ENGINE_FUNCS in front/engine_abi.h, and each defers guard.

//export subpy_engine_load
func subpy_engine_load(table *C.subpy_front_table) C.int {
	defer guard("subpy_engine_load")
	if table == nil || table.abi != C.SUBPY_ENGINE_ABI {
		return -1
	}
	root.Host = newHost(table)
	root.Embed = embedHooks{}
	return C.SUBPY_ENGINE_ABI
}

//export subpy_engine_phase
func subpy_engine_phase() C.int {
	defer guard("subpy_engine_phase")
	return C.int(root.Phase())
}

//export subpy_engine_initialize
func subpy_engine_initialize(cfg *C.subpy_init_config, out **C.struct__ts) C.int {
	defer guard("Py_InitializeFromConfig")
	*out = nil
	rc := statestruct.RuntimeConfig{
		ProgramName:           goString(cfg.program_name),
		Home:                  goString(cfg.home),
		PythonPathEnv:         goString(cfg.pythonpath_env),
		ModuleSearchPaths:     goStrings((**C.char)(unsafe.Pointer(cfg.module_search_paths)), cfg.n_module_search_paths),
		ModuleSearchPathsSet:  cfg.module_search_paths_set != 0,
		Argv:                  goStrings((**C.char)(unsafe.Pointer(cfg.argv)), cfg.argc),
		ParseArgv:             cfg.parse_argv != 0,
		Isolated:              cfg.isolated != 0,
		UseEnvironment:        cfg.use_environment != 0,
		SiteImport:            cfg.site_import != 0,
		InstallSignalHandlers: cfg.install_signal_handlers != 0,
	}
	t, st := root.Initialize(rc)
	if st.IsError() || t == nil {
		return C.int(st.Code)
	}
	// The interpreter counts as created when it is usable: builtins and
	// __main__ exist (ARCHITECTURE.md).
	vt, err := lifecycle.StartInterpreter(t)
	if err != nil {
		root.Finalize(t)
		return C.int(statestruct.ErrInternal)
	}
	installInittab(vt)
	if cfg.buffered_stdio == 0 {
		// PYTHONUNBUFFERED, -u, PyConfig.buffered_stdio = 0: print()
		// writes straight to file descriptor 1, so its output and C's
		// (flushed) printf output interleave as in CPython.
		vt.Interpreter().Stdout = os.Stdout
	}
	*out = newCThread(t, newCInterp(t.Interpreter()))
	return 0
}

// subpy_engine_finalize ends every interpreter, frees the C structs and
// copies the Py_AtExit callbacks, in calling order, into atexitOut.
//
//export subpy_engine_finalize
func subpy_engine_finalize(cur *C.struct__ts, atexitOut *C.uintptr_t, atexitCap C.int) C.int {
	defer guard("Py_FinalizeEx")
	var t *statestruct.Thread
	if cur != nil {
		t = threadOf("Py_FinalizeEx", cur)
	}
	// CPython's wait_for_thread_shutdown: threading's non-daemon threads
	// finish first; then the Python threads left (daemons) never run again.
	lifecycle.WaitForThreads(t)
	lifecycle.WaitForSubinterpreterThreads(root, t)
	interps := root.Interpreters()
	for _, in := range interps {
		lifecycle.CloseThreads(in)
	}
	var threads []*statestruct.Thread
	for _, in := range interps {
		threads = append(threads, in.Threads()...)
	}
	// Another OS thread still running with an attached thread state would
	// keep using it after it is freed. CPython 3.13 hangs here; subpy
	// refuses with a fatal error (docs/capi-lifecycle.md). Python threads
	// (daemon threads still running) are the engine's: they park.
	for _, th := range threads {
		if th != t && th.Attached() && !th.PythonThread.Load() {
			fatal("Py_FinalizeEx", fmt.Sprintf("thread state %p of interpreter %d is still attached on another thread; "+
				"detach it (PyEval_SaveThread) before finalizing", cThread(th), th.Interpreter().ID()))
		}
	}
	for _, in := range interps {
		freeHandles(in)
		lifecycle.EndInterpreter(in)
	}
	callbacks := root.Finalize(t)
	for _, th := range threads {
		freeCThread(th)
	}
	for _, in := range interps {
		freeCInterp(in)
	}
	out := unsafe.Slice(atexitOut, int(atexitCap))
	n := 0
	for _, fn := range callbacks {
		if n < len(out) {
			out[n] = C.uintptr_t(fn)
			n++
		}
	}
	return C.int(n)
}

// subpy_engine_new_interpreter creates an interpreter and its first thread
// state, then hands the lock over: the caller's thread state (if any) is
// detached, the new one attached. On failure nothing changes.
//
//export subpy_engine_new_interpreter
func subpy_engine_new_interpreter(cur *C.struct__ts, cfg *C.subpy_interp_config, whence C.int, out **C.struct__ts) C.int {
	defer guard("Py_NewInterpreterFromConfig")
	*out = nil
	ic := statestruct.InterpreterConfig{
		UseMainObmalloc:            cfg.use_main_obmalloc != 0,
		AllowFork:                  cfg.allow_fork != 0,
		AllowExec:                  cfg.allow_exec != 0,
		AllowThreads:               cfg.allow_threads != 0,
		AllowDaemonThreads:         cfg.allow_daemon_threads != 0,
		CheckMultiInterpExtensions: cfg.check_multi_interp_extensions != 0,
		Lock:                       statestruct.LockKind(cfg.gil),
	}
	var caller *statestruct.Thread
	if cur != nil {
		caller = threadOf("Py_NewInterpreterFromConfig", cur)
	}
	t, st := root.NewInterpreter(ic, statestruct.Whence(whence))
	if st.IsError() {
		return C.int(st.Code)
	}
	if caller != nil && caller.Attached() {
		caller.Detach()
	}
	t.Attach()
	vt, err := lifecycle.StartInterpreter(t)
	if err != nil {
		root.EndInterpreter(t)
		if caller != nil {
			caller.Attach()
		}
		return C.int(statestruct.ErrInternal)
	}
	installInittab(vt)
	*out = newCThread(t, newCInterp(t.Interpreter()))
	return 0
}

//export subpy_engine_end_interpreter
func subpy_engine_end_interpreter(ts *C.struct__ts) {
	defer guard("Py_EndInterpreter")
	t := threadOf("Py_EndInterpreter", ts)
	in := t.Interpreter()
	lifecycle.WaitForThreads(t)
	lifecycle.CloseThreads(in)
	freeHandles(in)
	lifecycle.EndInterpreter(in)
	for _, th := range root.EndInterpreter(t) {
		freeCThread(th)
	}
	freeCInterp(in)
}

//export subpy_engine_thread_new
func subpy_engine_thread_new(is *C.struct__is, osThread C.uint64_t) *C.struct__ts {
	defer guard("PyThreadState_New")
	in := root.InterpreterByID(int64(is.id))
	if in == nil || cInterp(in) != is {
		return nil
	}
	t := root.NewThread(in)
	if t == nil {
		return nil
	}
	t.OSThread = uint64(osThread)
	return newCThread(t, is)
}

// subpy_engine_thread_clear drops what the engine keeps for a thread state
// (nothing yet: frames and exceptions arrive with the engine issue).
//
//export subpy_engine_thread_clear
func subpy_engine_thread_clear(ts *C.struct__ts) {
	defer guard("PyThreadState_Clear")
	t := threadOf("PyThreadState_Clear", ts)
	t.RecursionDepth = 0
	lifecycle.ClearThread(t)
}

//export subpy_engine_thread_delete
func subpy_engine_thread_delete(ts *C.struct__ts) {
	defer guard("PyThreadState_Delete")
	t := threadOf("PyThreadState_Delete", ts)
	if t.Attached() {
		// The front detached the current one (PyThreadState_DeleteCurrent)
		// and refused it (PyThreadState_Delete): this one is attached on
		// another OS thread, which would go on using it.
		fatal("PyThreadState_Delete", fmt.Sprintf("tstate %p is still attached on another thread", ts))
	}
	root.DeleteThread(t)
	freeCThread(t)
}

//export subpy_engine_thread_attach
func subpy_engine_thread_attach(ts *C.struct__ts) {
	defer guard("PyEval_RestoreThread")
	threadOf("PyEval_RestoreThread", ts).Attach()
}

//export subpy_engine_thread_detach
func subpy_engine_thread_detach(ts *C.struct__ts) {
	defer guard("PyEval_SaveThread")
	t := threadOf("PyEval_SaveThread", ts)
	if t.Attached() {
		t.Detach()
	}
}

//export subpy_engine_thread_lookup
func subpy_engine_thread_lookup(handle C.uint64_t) *C.struct__ts {
	defer guard("PyGILState_Ensure")
	return cThread(root.ThreadByHandle(uint64(handle)))
}

//export subpy_engine_interp_main
func subpy_engine_interp_main() *C.struct__is {
	defer guard("PyInterpreterState_Main")
	return cInterp(root.Main())
}

//export subpy_engine_interp_lookup
func subpy_engine_interp_lookup(id C.int64_t) *C.struct__is {
	defer guard("PyGILState_Ensure")
	return cInterp(root.InterpreterByID(int64(id)))
}

//export subpy_engine_interp_head
func subpy_engine_interp_head() *C.struct__is {
	defer guard("PyInterpreterState_Head")
	return cInterpFrom(root.HeadInterpreter())
}

//export subpy_engine_interp_next
func subpy_engine_interp_next(is *C.struct__is) *C.struct__is {
	defer guard("PyInterpreterState_Next")
	return cInterpFrom(root.NextInterpreter(interpOf("PyInterpreterState_Next", is)))
}

//export subpy_engine_thread_head
func subpy_engine_thread_head(is *C.struct__is) *C.struct__ts {
	defer guard("PyInterpreterState_ThreadHead")
	in := interpOf("PyInterpreterState_ThreadHead", is)
	return cThreadFrom(in, in.ThreadHead())
}

//export subpy_engine_thread_next
func subpy_engine_thread_next(ts *C.struct__ts) *C.struct__ts {
	defer guard("PyThreadState_Next")
	t := threadOf("PyThreadState_Next", ts)
	return cThreadFrom(t.Interpreter(), t.Interpreter().NextThread(t))
}

// cInterpFrom returns the C face of in or of the first interpreter after
// it (PyInterpreterState_Next order) that has one. Interpreters created
// from Python get theirs at creation (embed.go); one still being created
// has none yet and C walks do not see it.
func cInterpFrom(in *statestruct.Interpreter) *C.struct__is {
	for in != nil && cInterp(in) == nil {
		in = root.NextInterpreter(in)
	}
	return cInterp(in)
}

// cThreadFrom is cInterpFrom for the thread states of in: those the
// engine makes (Python threads, running code in another interpreter) get
// their PyThreadState when they first run (embed.go); until then C walks
// do not see them.
func cThreadFrom(in *statestruct.Interpreter, t *statestruct.Thread) *C.struct__ts {
	for t != nil && cThread(t) == nil {
		t = in.NextThread(t)
	}
	return cThread(t)
}

//export subpy_engine_atexit
func subpy_engine_atexit(fn C.uintptr_t) C.int {
	defer guard("Py_AtExit")
	if !root.AtExit(uintptr(fn)) {
		return -1
	}
	return 0
}

// subpy_engine_run_source runs len bytes of source in the __main__ module
// of the interpreter of tstate, which must be attached on the calling
// thread (PyRun_SimpleStringFlags, PyRun_SimpleFileExFlags, Py_RunMain).
// It returns SUBPY_RUN_DONE, SUBPY_RUN_FAILED (the traceback or
// SyntaxError was printed to stderr) or SUBPY_RUN_EXIT with *exitCode set
// (SystemExit).
//
//export subpy_engine_run_source
func subpy_engine_run_source(ts *C.struct__ts, src *C.char, n C.int64_t, filename *C.char, flags C.int, exitCode *C.int) C.int {
	defer guard("PyRun_SimpleStringFlags")
	t := threadOf("PyRun_SimpleStringFlags", ts)
	if !t.Attached() {
		fatal("PyRun_SimpleStringFlags", fmt.Sprintf("thread state %p does not hold its interpreter's lock", ts))
	}
	var code []byte
	if n > 0 {
		code = append([]byte(nil), unsafe.Slice((*byte)(unsafe.Pointer(src)), int(n))...)
	}
	name := goString(filename)
	if name == "" {
		name = "<string>"
	}
	r := lifecycle.RunString(t, code, name, lifecycle.Flags{
		SetFile:   flags&C.SUBPY_RUN_SET_FILE != 0,
		LineCache: flags&C.SUBPY_RUN_LINECACHE != 0,
		Path0:     flags&C.SUBPY_RUN_PATH0 != 0,
	})
	return runOutcome(r, exitCode)
}

// runOutcome turns a run's result into the front's SUBPY_RUN_* status,
// storing SystemExit's code in *exitCode (when given).
func runOutcome(r lifecycle.Result, exitCode *C.int) C.int {
	switch r.Outcome {
	case lifecycle.Exit:
		if exitCode != nil {
			*exitCode = C.int(r.ExitCode)
		}
		return C.SUBPY_RUN_EXIT
	case lifecycle.Failed:
		if r.Interrupted {
			return C.SUBPY_RUN_INTERRUPTED
		}
		return C.SUBPY_RUN_FAILED
	}
	return C.SUBPY_RUN_DONE
}
