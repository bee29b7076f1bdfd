package vm

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/statestruct"
)

// TestSafePointYieldsLock runs a Python loop that only ends when another
// thread state of the interpreter sets a global: that thread can only get
// the interpreter lock if the VM yields it at a safe point (JUMP_BACKWARD)
// after the switch interval.
func TestSafePointYieldsLock(t *testing.T) {
	var r statestruct.Runtime
	holder, st := r.Initialize(statestruct.RuntimeConfig{})
	if st.IsError() {
		t.Fatal(st)
	}
	holder.Interpreter().Lock().SetSwitchInterval(time.Millisecond)
	in, _, err := NewInterp(Config{Stdout: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	th := in.NewThread(holder)
	in.Main.Dict.SetStr(object.NewStr("stop"), object.False)
	done := make(chan error, 1)
	go func() {
		done <- th.RunSource("loop.py", []byte("n = 0\nwhile not stop:\n    n += 1\n"))
	}()
	waiter := r.NewThread(holder.Interpreter())
	got := make(chan struct{})
	go func() {
		waiter.Attach() // succeeds only if the loop yields at a safe point
		in.Main.Dict.SetStr(object.NewStr("stop"), object.True)
		waiter.Detach()
		close(got)
	}()
	select {
	case <-got:
	case <-time.After(10 * time.Second):
		t.Fatal("the waiter never got the lock: the VM did not yield at its safe points")
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the loop did not see stop = True")
	}
	// The waiter may have been let in at the module's RESUME, before the
	// loop started: n is then 0. Either way the program ran to its end.
	if n, ok := object.AsInt64(in.Main.Dict.GetStr(object.NewStr("n"))); !ok || n < 0 {
		t.Errorf("n = %v, want the program to have finished", n)
	}
	r.Finalize(holder)
}

// TestInterpretersInParallel runs programs in several interpreters at once
// (as OWN_GIL interpreters do): they share only the immutable builtin
// types and singletons. Under -race this checks that nothing shared is
// written lazily.
func TestInterpretersInParallel(t *testing.T) {
	src := []byte("class P:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return 'P(' + repr(self.x) + ')'\n" +
		"d = {}\nfor i in range(300):\n    d[str(i)] = P(i * 0.5)\nprint(len(d), d['7'], hash('abc') == hash('ab' + 'c'), sorted([3, 1, 2]))\n")
	const n = 4
	outs := make([]string, n)
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		go func() {
			var b stringsBuilder
			_, th, err := NewInterp(Config{Stdout: &b})
			if err == nil {
				err = th.RunSource("par.py", src)
			}
			outs[i] = b.String()
			errs <- err
		}()
	}
	for i := 0; i < n; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "par.py")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	want := runOracle(t, path).stdout
	for i, o := range outs {
		if o != want {
			t.Errorf("interpreter %d printed %q, want %q", i, o, want)
		}
	}
}

// stringsBuilder is a strings.Builder usable as an io.Writer value.
type stringsBuilder struct{ b []byte }

func (s *stringsBuilder) Write(p []byte) (int, error) { s.b = append(s.b, p...); return len(p), nil }
func (s *stringsBuilder) String() string              { return string(s.b) }

// TestAsyncExceptionInterruptsLoop: an exception stored in the thread
// state's PendingAsyncExc (what Ctrl-C and PyThreadState_SetAsyncExc do)
// is raised at the next safe point of a runaway loop.
func TestAsyncExceptionInterruptsLoop(t *testing.T) {
	var r statestruct.Runtime
	holder, st := r.Initialize(statestruct.RuntimeConfig{})
	if st.IsError() {
		t.Fatal(st)
	}
	defer r.Finalize(holder)
	in, _, err := NewInterp(Config{Stdout: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	th := in.NewThread(holder)
	done := make(chan error, 1)
	go func() {
		done <- th.RunSource("spin.py", []byte("n = 0\nwhile True:\n    n += 1\n"))
	}()
	time.Sleep(20 * time.Millisecond)
	var exc any = object.KeyboardInterruptType.Value()
	holder.PendingAsyncExc.Store(&exc)
	select {
	case err := <-done:
		pe, ok := err.(*PyError)
		if !ok || pe.Exc.Type() != object.KeyboardInterruptType {
			t.Fatalf("the loop ended with %v, want KeyboardInterrupt", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the loop was not interrupted")
	}
}
