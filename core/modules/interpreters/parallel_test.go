package interpreters

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

// rendezvous lets n callers of meet() through together; a caller that
// waits longer than the timeout gets False (the others never came: they
// were blocked, e.g. on a lock it holds).
type rendezvous struct {
	mu      sync.Mutex
	arrived int
	done    chan struct{}
	release chan struct{}
}

func newRendezvousModule(n int) vm.ModuleDef {
	r := &rendezvous{done: make(chan struct{}), release: make(chan struct{})}
	return goModule{name: "_meet", funcs: map[string]func(*vm.Thread, []object.Value) object.Value{
		// meet() blocks while holding the caller's interpreter lock.
		"meet": func(t *vm.Thread, _ []object.Value) object.Value {
			r.mu.Lock()
			r.arrived++
			if r.arrived == n {
				close(r.done)
			}
			r.mu.Unlock()
			select {
			case <-r.done:
				return object.True
			case <-time.After(5 * time.Second):
				return object.False
			}
		},
		// hold() blocks until release() is called.
		"hold": func(t *vm.Thread, _ []object.Value) object.Value {
			select {
			case <-r.release:
				return object.True
			case <-time.After(5 * time.Second):
				return object.False
			}
		},
		"release": func(t *vm.Thread, _ []object.Value) object.Value {
			close(r.release)
			return object.None
		},
	}}
}

// TestParallel: two OS threads of the main interpreter each run code in
// their own subinterpreter; both are inside at once, holding their own
// interpreters' locks (meet() would time out if the interpreters shared
// a lock or the caller's lock were kept).
func TestParallel(t *testing.T) {
	tr := newRuntime(t, newRendezvousModule(2))
	tr.run(t, `
import _interpreters as I
a = I.create()
b = I.create()
`)
	tr.st.Detach()
	var wg sync.WaitGroup
	errs := make([]string, 3)
	for i, src := range []string{
		`import _interpreters as I
r = I.exec(1, 'import _meet; assert _meet.meet(), "timed out in 1"; assert _meet.hold()')
assert r is None, r`,
		`import _interpreters as I
r = I.exec(2, 'import _meet; assert _meet.meet(), "timed out in 2"; assert _meet.hold()')
assert r is None, r`,
		// The main interpreter runs meanwhile: its lock was released.
		`import _meet, _interpreters as I
n = 0
while not (I.is_running(1) and I.is_running(2)):
    n += 1
    assert n < 50_000_000, "the subinterpreters never ran"
_meet.release()`,
	} {
		wg.Add(1)
		go func(i int, src string) {
			defer wg.Done()
			errs[i] = tr.onThread(src)
		}(i, src)
	}
	wg.Wait()
	tr.st.Attach()
	for i, e := range errs {
		if e != "" {
			t.Errorf("thread %d: %s", i, e)
		}
	}
}

// TestRunningElsewhere: while one thread runs code in an interpreter,
// another thread's exec, destroy and set___main___attrs of it fail as in
// CPython 3.13, and is_running says True.
func TestRunningElsewhere(t *testing.T) {
	tr := newRuntime(t, newRendezvousModule(2))
	tr.run(t, `
import _interpreters as I
a = I.create()
`)
	tr.st.Detach()
	var wg sync.WaitGroup
	errs := make([]string, 2)
	wg.Add(2)
	go func() {
		defer wg.Done()
		errs[0] = tr.onThread(`import _interpreters as I
r = I.exec(1, 'import _meet; assert _meet.meet(), "timed out"')
assert r is None, r`)
	}()
	go func() {
		defer wg.Done()
		errs[1] = tr.onThread(`import _interpreters as I
import _meet
try:
    n = 0
    while not I.is_running(1):
        n += 1
        assert n < 50_000_000, "interpreter 1 never ran"
    try:
        I.exec(1, 'pass')
    except I.InterpreterError as e:
        assert str(e) == 'interpreter already running', e
    else:
        raise AssertionError('exec: no error')
    try:
        I.destroy(1)
    except I.InterpreterError as e:
        assert str(e) == 'interpreter running', e
    else:
        raise AssertionError('destroy: no error')
    try:
        I.set___main___attrs(1, {'a': 1})
    except I.InterpreterError as e:
        assert str(e) == 'interpreter already running', e
    else:
        raise AssertionError('set___main___attrs: no error')
finally:
    _meet.meet()`)
	}()
	wg.Wait()
	tr.st.Attach()
	for i, e := range errs {
		if e != "" {
			t.Errorf("thread %d: %s", i, e)
		}
	}
	tr.run(t, `
assert not I.is_running(1)
I.destroy(1)
`)
	if s := tr.eng.out.String(); strings.TrimSpace(s) != "" {
		t.Errorf("output: %q", s)
	}
}
