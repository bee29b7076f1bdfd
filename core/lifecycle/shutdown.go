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
		var b strings.Builder
		b.WriteString("Exception ignored on threading shutdown:\n")
		vt.PrintException(&b, exc)
		flush(vi)
		vi.Stderr.Write([]byte(b.String()))
	}
	ot.Exc = saved
	flush(vi)
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
