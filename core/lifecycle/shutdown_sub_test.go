package lifecycle

import (
	"testing"

	"github.com/subpy/subpy/statestruct"
)

// TestWaitForSubinterpreterThreads: a non-daemon thread started in a
// subinterpreter finishes (and prints) before finalization goes on, as
// Py_EndInterpreter's wait does for each subinterpreter.
func TestWaitForSubinterpreterThreads(t *testing.T) {
	rt := &statestruct.Runtime{}
	mainT, _ := rt.Initialize(statestruct.RuntimeConfig{})
	if _, err := StartInterpreter(mainT); err != nil {
		t.Fatal(err)
	}
	out, errOut := capture(t, func() {
		r := RunString(mainT, []byte(`
from concurrent import interpreters
i = interpreters.create()
i.exec("""
import threading, time
def late():
    time.sleep(0.05)
    print('sub thread done', flush=True)
threading.Thread(target=late).start()
""")
print('main done', flush=True)
`), "<string>", Flags{})
		if r.Outcome != Done {
			t.Errorf("run: %+v", r)
		}
		WaitForThreads(mainT)
		WaitForSubinterpreterThreads(rt, mainT)
		if !mainT.Attached() {
			t.Error("the caller's thread state is not attached again")
		}
		print := RunString(mainT, []byte("print('after', flush=True)"), "<string>", Flags{})
		if print.Outcome != Done {
			t.Errorf("run after: %+v", print)
		}
		for _, in := range rt.Interpreters() {
			EndInterpreter(in)
		}
		rt.Finalize(mainT)
	})
	if want := "main done\nsub thread done\nafter\n"; out != want || errOut != "" {
		t.Fatalf("stdout %q (want %q), stderr %q", out, want, errOut)
	}
}
