package thread

import (
	"bytes"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
	"github.com/subpy/subpy/statestruct"
)

// testSys is the part of sys threading uses (the real module is a sibling
// package, which a test here may not import).
type testSys struct{}

func (testSys) Name() string { return "sys" }

func (testSys) Exec(t *vm.Thread, m *object.Module) bool {
	nop := object.NewBuiltin("excepthook", m.Value(), func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		return object.None
	})
	m.Dict.SetStr(object.NewStr("excepthook"), nop)
	m.Dict.SetStr(object.NewStr("exc_info"), object.NewBuiltin("exc_info", m.Value(), func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if h := ot.Handled; h != nil {
			tb := object.None
			if h.Traceback != nil {
				tb = object.FromHeap(h.Traceback)
			}
			return object.NewTuple([]object.Value{h.Type().Value(), h.Value(), tb}).Value()
		}
		return object.NewTuple([]object.Value{object.None, object.None, object.None}).Value()
	}))
	m.Dict.SetStr(object.NewStr("path"), object.NewList(nil).Value())
	return true
}

// harness is one interpreter on a real runtime: its main thread state
// holds the interpreter's lock while a test runs code.
type harness struct {
	rt   statestruct.Runtime
	main *statestruct.Thread
	vt   *vm.Thread
	out  *syncBuffer
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	// As a C host's thread is: get_ident is the OS thread's identity.
	runtime.LockOSThread()
	h := &harness{out: &syncBuffer{}}
	main, st := h.rt.Initialize(statestruct.RuntimeConfig{})
	if st.IsError() {
		t.Fatal(st)
	}
	mods := append([]vm.ModuleDef{testSys{}}, Modules()...)
	in, _, err := vm.NewInterp(vm.Config{Stdout: h.out, Stderr: h.out, Modules: mods})
	if err != nil {
		t.Fatal(err)
	}
	main.Interpreter().Engine = in
	h.main = main
	h.vt = in.NewThread(main)
	main.Engine = h.vt
	t.Cleanup(func() {
		h.main.Interpreter().Lock().CloseFor(h.main.Interpreter())
		h.rt.Finalize(h.main)
	})
	return h
}

func (h *harness) run(t *testing.T, src string) string {
	t.Helper()
	before := len(h.out.String())
	if err := h.vt.RunSource("<test>", []byte(src)); err != nil {
		t.Fatalf("%v\noutput:\n%s", err, h.out.String())
	}
	return h.out.String()[before:]
}

// TestLowLevel checks _thread's results and messages (python3.13's).
func TestLowLevel(t *testing.T) {
	h := newHarness(t)
	cases := []struct{ src, want string }{
		{"import _thread; l = _thread.allocate_lock(); print(l.acquire(), l.locked(), l.acquire(False))", "True True False\n"},
		{"l.release(); print(l.locked())", "False\n"},
		{"try:\n    l.release()\nexcept RuntimeError as e: print(e)", "release unlocked lock\n"},
		{"try:\n    l.acquire(blocking=False, timeout=1)\nexcept ValueError as e: print(e)", "can't specify a timeout for a non-blocking call\n"},
		{"try:\n    l.acquire(timeout=-2)\nexcept ValueError as e: print(e)", "timeout value must be a non-negative number\n"},
		{"try:\n    l.acquire(1, 2, 3)\nexcept TypeError as e: print(e)", "acquire() takes at most 2 arguments (3 given)\n"},
		{"l.acquire(); print(l.acquire(timeout=0.01)); l.release()", "False\n"},
		{"print(repr(l).split(' at ')[0])", "<unlocked _thread.lock object\n"},
		{"r = _thread.RLock(); print(r.acquire(), r.acquire(), r._recursion_count(), r._is_owned())", "True True 2 True\n"},
		{"s = r._release_save(); print(s[0], r._is_owned()); r._acquire_restore(s); print(r._recursion_count())", "2 False\n2\n"},
		{"r.release(); r.release()\ntry:\n    r.release()\nexcept RuntimeError as e: print(e)", "cannot release un-acquired lock\n"},
		{"print(repr(r).split(' at ')[0])", "<unlocked _thread.RLock object owner=0 count=0\n"},
		{"hd = _thread._ThreadHandle()\ntry:\n    hd.join()\nexcept RuntimeError as e: print(e, hd.is_done(), hd.ident)", "thread not started False 0\n"},
		{"print(_thread._make_thread_handle(5))", "<_thread._ThreadHandle object: ident=5>\n"},
		{"try:\n    _thread._make_thread_handle(_thread.get_ident()).join()\nexcept RuntimeError as e: print(e)", "Cannot join current thread\n"},
		{"print(_thread.stack_size(), _thread.stack_size(1 << 20), _thread.stack_size(), _thread.stack_size())", "0 0 1048576 0\n"},
		{"try:\n    _thread.stack_size(100)\nexcept ValueError as e: print(e)", "size not valid: 100 bytes\n"},
		{"try:\n    _thread.start_new_thread(1, ())\nexcept TypeError as e: print(e)", "first arg must be callable\n"},
		{"try:\n    _thread.start_new_thread(print, [])\nexcept TypeError as e: print(e)", "2nd arg must be a tuple\n"},
		{"try:\n    _thread.start_joinable_thread(print, handle=1)\nexcept TypeError as e: print(e)", "'handle' must be a _ThreadHandle\n"},
		{"print(_thread._ExceptHookArgs((1, 2, 3, 4)))", "_thread._ExceptHookArgs(exc_type=1, exc_value=2, exc_traceback=3, thread=4)\n"},
		{"try:\n    _thread._local(1)\nexcept TypeError as e: print(e)", "Initialization arguments are not supported\n"},
		{"print(_thread.get_ident() == _thread._get_main_thread_ident(), _thread._count())", "True 0\n"},
		{"done = _thread.allocate_lock(); done.acquire(); res = []\n" +
			"def f(a, b=0):\n    res.append((a, b, _thread._count())); done.release()\n" +
			"_thread.start_new_thread(f, (1,), {'b': 2}); done.acquire(); print(res)", "[(1, 2, 1)]\n"},
		{"hd = _thread.start_joinable_thread(lambda: None, daemon=False); hd.join(); print(hd.is_done())", "True\n"},
	}
	for _, c := range cases {
		if got := h.run(t, c.src); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}

// TestThreading runs threading's objects across threads.
func TestThreading(t *testing.T) {
	h := newHarness(t)
	cases := []struct{ src, want string }{
		{"import threading\nout = []\nth = threading.Thread(target=out.append, args=(1,))\nprint(th.name, repr(th))\nth.start(); th.join(); print(out, th.is_alive())",
			"Thread-1 (append) <Thread(Thread-1 (append), initial)>\n[1] False\n"},
		{"try:\n    th.start()\nexcept RuntimeError as e: print(e)", "threads can only be started once\n"},
		{"try:\n    threading.current_thread().join()\nexcept RuntimeError as e: print(e)", "cannot join current thread\n"},
		{"print(threading.main_thread().name, threading.active_count())", "MainThread 1\n"},
		{"c = threading.Condition(); items = []\n" +
			"def cons():\n    with c:\n        c.wait_for(lambda: items)\n        items.append('seen')\n" +
			"w = threading.Thread(target=cons); w.start()\nwith c:\n    items.append(1); c.notify()\nw.join(); print(items)", "[1, 'seen']\n"},
		{"e = threading.Event(); r = []\nws = [threading.Thread(target=lambda: r.append(e.wait())) for _ in range(3)]\n" +
			"for w in ws: w.start()\ne.set()\nfor w in ws: w.join()\nprint(r)", "[True, True, True]\n"},
		{"b = threading.Barrier(3); idx = []\nts = [threading.Thread(target=lambda: idx.append(b.wait())) for _ in range(3)]\n" +
			"for x in ts: x.start()\nfor x in ts: x.join()\nprint(sorted(idx))", "[0, 1, 2]\n"},
		{"s = threading.BoundedSemaphore(1)\nwith s: print(s.acquire(False))\ntry:\n    s.release()\nexcept ValueError as e: print(e)", "False\nSemaphore released too many times\n"},
		{"loc = threading.local(); loc.v = 'main'; seen = []\n" +
			"th = threading.Thread(target=lambda: seen.append(getattr(loc, 'v', None))); th.start(); th.join(); print(seen, loc.v)", "[None] main\n"},
	}
	for _, c := range cases {
		if got := h.run(t, c.src); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}

// TestTurnTaking: two CPU-bound threads both make progress (each spins
// until it sees the other's), and sys.setswitchinterval's setting (the
// lock's switch interval) decides how often they trade the lock: two
// spinning threads hand it over more often with a shorter interval.
func TestTurnTaking(t *testing.T) {
	h := newHarness(t)
	lock := h.main.Interpreter().Lock()
	progress := "import threading, _thread\nprog = [0, 0]\n" +
		"def spin(me, other):\n    while prog[other] < 3 or prog[me] < 3:\n        prog[me] += 1\n        for _ in range(50): pass\n" +
		"a = threading.Thread(target=spin, args=(0, 1)); b = threading.Thread(target=spin, args=(1, 0))\n" +
		"a.start(); b.start(); a.join(); b.join(); print(prog[0] >= 3, prog[1] >= 3)\n"
	if got := h.run(t, progress); got != "True True\n" {
		t.Fatalf("progress: %q", got)
	}
	contend := "stop = threading.Event()\n" +
		"def busy():\n    while not stop.is_set(): pass\n" +
		"xs = [threading.Thread(target=busy) for _ in range(2)]\nfor x in xs: x.start()\n" +
		"l = _thread.allocate_lock(); l.acquire(); l.acquire(timeout=0.1)\nstop.set()\nfor x in xs: x.join()\n"
	var handoffs []uint64
	for _, d := range []time.Duration{20 * time.Millisecond, 200 * time.Microsecond} {
		lock.SetSwitchInterval(d)
		before := lock.Handoffs()
		h.run(t, contend)
		handoffs = append(handoffs, lock.Handoffs()-before)
	}
	lock.SetSwitchInterval(0)
	if handoffs[1] <= handoffs[0] {
		t.Errorf("handoffs in 0.1 s: %d with a 20 ms interval, %d with 0.2 ms: want more with the shorter", handoffs[0], handoffs[1])
	}
}

// TestBlockingIsInterruptible: a pending asynchronous exception (Ctrl-C)
// ends a lock acquire and a join in the main thread.
func TestBlockingIsInterruptible(t *testing.T) {
	h := newHarness(t)
	for _, src := range []string{
		"import _thread\nl = _thread.allocate_lock(); l.acquire()\ntry:\n    l.acquire()\nexcept KeyboardInterrupt:\n    print('interrupted')\n",
		"import threading\ne = threading.Event()\ntry:\n    e.wait()\nexcept KeyboardInterrupt:\n    print('interrupted')\n",
	} {
		go func() {
			// Once the main thread blocks (it detaches to wait).
			for h.main.Attached() {
				time.Sleep(time.Millisecond)
			}
			ki := any(object.KeyboardInterruptType.Value())
			h.main.PendingAsyncExc.Store(&ki)
			h.main.WakeAsync()
		}()
		if got := h.run(t, src); got != "interrupted\n" {
			t.Errorf("%q: %q", src, got)
		}
	}
}

// TestShutdownAndClose: _shutdown waits for non-daemon threads only, and
// after CloseFor a daemon thread never runs Python code again.
func TestShutdownAndClose(t *testing.T) {
	h := newHarness(t)
	got := h.run(t, "import threading, _thread\nevents = []\ngo = threading.Event()\n"+
		"def worker():\n    go.wait(); events.append('worker')\n"+
		"def daemon():\n    while True: events.append('d') if len(events) < 0 else None\n"+
		"threading.Thread(target=worker).start()\nthreading.Thread(target=daemon, daemon=True).start()\n"+
		"go.set(); threading._shutdown(); print(events)\n")
	if got != "['worker']\n" {
		t.Fatalf("shutdown: %q", got)
	}
	in := h.main.Interpreter()
	in.Lock().CloseFor(in)
	// The daemon thread parks at its next safe point; the main thread
	// keeps running.
	if got := h.run(t, "print('still here')"); got != "still here\n" {
		t.Fatalf("%q", got)
	}
}

// TestExcepthookOutput: the report of an uncaught exception in a thread.
func TestExcepthookOutput(t *testing.T) {
	h := newHarness(t)
	got := h.run(t, "import threading\ndef f():\n    raise ValueError('x')\nt = threading.Thread(target=f, name='w'); t.start(); t.join()\n")
	if !strings.HasPrefix(got, "Exception in thread w:\nTraceback (most recent call last):\n") || !strings.HasSuffix(got, "ValueError: x\n") {
		t.Errorf("%q", got)
	}
	got = h.run(t, "import _thread\nclass C:\n    def __repr__(self): return '<C>'\n    def __call__(self): raise KeyError(1)\n_thread.start_joinable_thread(C()).join()\n")
	if !strings.HasPrefix(got, "Exception ignored in thread started by <C>:\nTraceback") || strings.Contains(got, "^") {
		t.Errorf("%q", got)
	}
}

// TestLineDirectives: the threading source lays out the lines CPython's
// tracebacks show at their line numbers.
func TestLineDirectives(t *testing.T) {
	src, err := threadingSource()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(src, "\n")
	for n, want := range map[int]string{
		992:  "                self._target(*self._args, **self._kwargs)",
		1041: "                self.run()",
		1290: "            hook(args)",
		1342: "            self.function(*self.args, **self.kwargs)",
		1092: "        self._handle.join(timeout)",
	} {
		if lines[n-1] != want {
			t.Errorf("line %d: %q, want %q", n, lines[n-1], want)
		}
	}
}
