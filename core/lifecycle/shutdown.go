package lifecycle

import (
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
	"github.com/subpy/subpy/statestruct"
)

// WaitForThreads is CPython's wait_for_thread_shutdown: before an
// interpreter is finalized or ended, call threading._shutdown() if the
// interpreter imported threading, which waits (the interpreter's lock
// released) for its non-daemon threads to finish. An exception from it
// (Ctrl-C while waiting) is reported as "Exception ignored on threading
// shutdown" and finalization goes on. t must be attached; a detached or
// nil t, or an interpreter without engine state, waits for nothing.
func WaitForThreads(t *statestruct.Thread) {
	if t == nil || !t.Attached() {
		return
	}
	vt, ok := t.Engine.(*vm.Thread)
	if !ok || vt == nil {
		return
	}
	vi := vt.Interpreter()
	mod, ok := object.AsModule(vi.Modules.GetStr(object.NewStr("threading")))
	if !ok {
		return
	}
	ot := &vt.Thread
	saved := ot.Exc
	ot.Exc = nil
	fn := mod.Dict.GetStr(object.NewStr("_shutdown"))
	if !fn.IsNull() && object.Call(ot, fn, nil, nil).IsNull() && ot.Exc != nil {
		exc := ot.Exc
		ot.Exc = nil
		text := "Exception ignored on threading shutdown:\n" + vt.FormatUnraisable(exc)
		flush(vi)
		vi.Stderr.Write([]byte(text))
	}
	ot.Exc = saved
	flush(vi)
}

// WaitForSubinterpreterThreads runs WaitForThreads in every live
// interpreter but t's, as Py_EndInterpreter does for each subinterpreter
// that finalization ends: their non-daemon threads finish before the
// process exits (CPython 3.13.0 hangs there instead). t (attached, or nil)
// is detached meanwhile, since a thread holds one interpreter's lock at a
// time. An interpreter whose lock is busy (code still running in it from
// a daemon thread) is skipped rather than waited for: finalization must
// not hang.
func WaitForSubinterpreterThreads(rt *statestruct.Runtime, t *statestruct.Thread) {
	var mine *statestruct.Interpreter
	if t != nil {
		mine = t.Interpreter()
	}
	reattach := t != nil && t.Attached()
	if reattach {
		t.Detach()
	}
	for _, in := range rt.Interpreters() {
		if in == mine {
			continue
		}
		st := rt.NewThread(in)
		if st == nil {
			continue
		}
		st.PythonThread.Store(true)
		attached := st.TryAttach()
		if attached {
			if hooks := rt.Embed; hooks != nil {
				// Host C code the shutdown calls sees st.
				hooks.Switched(t, st)
			}
			if _, err := StartInterpreter(st); err == nil {
				WaitForThreads(st)
			}
			st.Detach()
		}
		st.Engine = nil
		rt.DeleteThread(st)
		if hooks := rt.Embed; hooks != nil && attached {
			hooks.Switched(st, nil)
			hooks.ThreadEnded(st)
		}
	}
	if reattach {
		t.Attach()
		if hooks := rt.Embed; hooks != nil {
			hooks.Switched(nil, t)
		}
	}
}

// CloseThreads makes sure the Python threads of in (those _thread
// started, statestruct.Thread.PythonThread) never run Python code again
// once the caller goes on to end or finalize it: each parks for good on
// its next use of the interpreter's lock, as CPython's daemon threads hang
// after finalization. Call it while still holding the lock, after
// WaitForThreads.
func CloseThreads(in *statestruct.Interpreter) {
	in.Lock().CloseFor(in)
}
