package lifecycle

import (
	"strings"

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
		text := "Exception ignored on threading shutdown:\n" + unraisableText(vt, exc)
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

// unraisableText formats exc as CPython's default unraisable hook does:
// the exception's own traceback (no chained causes or contexts, no caret
// lines), then "Type: message" (the ": " even for an empty message), and
// no __notes__.
func unraisableText(vt *vm.Thread, exc *object.Exception) string {
	var b strings.Builder
	vt.PrintException(&b, exc)
	full := b.String()
	const head = "Traceback (most recent call last):\n"
	var out strings.Builder
	if i := strings.LastIndex(full, head); i == 0 || (i > 0 && full[i-1] == '\n') {
		out.WriteString(head)
		for _, l := range strings.SplitAfter(full[i+len(head):], "\n") {
			if !strings.HasPrefix(l, "  ") {
				break
			}
			if body := strings.TrimSpace(l); body != "" && strings.Trim(body, "~^") == "" && strings.HasPrefix(l, "    ") {
				continue // a caret line
			}
			out.WriteString(l)
		}
	}
	typ := exc.Type()
	name := typ.QualName
	if typ.Module != "builtins" && typ.Module != "__main__" {
		name = typ.Module + "." + name
	}
	saved := vt.Exc
	msg := "<exception str() failed>"
	if s := object.StrOf(&vt.Thread, exc.Value()); !s.IsNull() {
		if str, ok := object.AsStr(s); ok {
			msg = str.String()
		}
	}
	vt.Exc = saved
	out.WriteString(name + ": " + msg + "\n")
	return out.String()
}
