package interpreters

import (
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

// pyCase is one self-checking Python snippet: it runs in __main__ of a
// runtime's main interpreter and fails with an uncaught exception
// (assert) when the rule it checks is broken.
type pyCase struct {
	name string
	src  string
}

// runCases runs each case as a subtest in one runtime; prelude runs
// first in each.
func runCases(t *testing.T, prelude string, cases []pyCase) {
	t.Helper()
	tr := newRuntime(t, clockModule())
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tr.run(t, prelude+"\n"+strings.TrimLeft(c.src, "\n"))
		})
	}
}

// crossRun runs setup in the main interpreter, then each of srcs at once,
// each on its own OS thread with its own thread state of the main
// interpreter (a src that wants another interpreter runs its code there
// with _interpreters.exec). The sources reach setup's names through
// `import __main__`. It reports every thread's uncaught exception.
func crossRun(t *testing.T, setup string, srcs ...string) {
	t.Helper()
	tr := newRuntime(t, clockModule())
	tr.run(t, setup)
	tr.st.Detach()
	var wg sync.WaitGroup
	errs := make([]string, len(srcs))
	for i, src := range srcs {
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
			t.Errorf("thread %d: %s\noutput: %s", i, e, tr.eng.out.String())
		}
	}
}

// crossRunB is crossRun for benchmarks: setup sees N = b.N. Each
// source's goroutine is locked to its OS thread, as the threads of a
// real process are (parking and waking them costs what it costs there).
func crossRunB(b *testing.B, setup string, srcs ...string) {
	tr := newRuntime(&testing.T{}, clockModule())
	tr.main.Interpreter().Main.Dict.SetStr(object.NewStr("N"), object.Int(int64(b.N)))
	if err := tr.main.RunSource("<setup>", []byte(setup)); err != nil {
		b.Fatal(err)
	}
	tr.st.Detach()
	b.ResetTimer()
	var wg sync.WaitGroup
	errs := make([]string, len(srcs))
	for i, src := range srcs {
		wg.Add(1)
		go func(i int, src string) {
			defer wg.Done()
			runtime.LockOSThread()
			errs[i] = tr.onThread(src)
		}(i, src)
	}
	wg.Wait()
	b.StopTimer()
	tr.st.Attach()
	for i, e := range errs {
		if e != "" {
			b.Errorf("thread %d: %s", i, e)
		}
	}
	for _, in := range tr.rt.Interpreters() {
		tr.eng.EndInterpreter(in)
	}
	tr.rt.Finalize(tr.st)
}

// clockModule is a stand-in for the time module (which this package's
// tests may not import): _clock.monotonic() and _clock.sleep(secs), which
// releases the interpreter's lock.
func clockModule() vm.ModuleDef {
	start := time.Now()
	return goModule{name: "_clock", funcs: map[string]func(*vm.Thread, []object.Value) object.Value{
		"monotonic": func(t *vm.Thread, _ []object.Value) object.Value {
			return object.Float(time.Since(start).Seconds())
		},
		"sleep": func(t *vm.Thread, args []object.Value) object.Value {
			d := time.Duration(args[0].FloatVal() * 1e9)
			if st := t.State(); st != nil {
				st.Interpreter().Lock().Release(st)
				time.Sleep(d)
				st.Interpreter().Lock().Acquire(st)
			} else {
				time.Sleep(d)
			}
			return object.None
		},
	}}
}

// TestMessagingNamespace: concurrent.interpreters gets the messaging
// names; the handle types are process-wide, the exception classes belong
// to each interpreter and are the same objects in every module of it.
func TestMessagingNamespace(t *testing.T) {
	runCases(t, "import concurrent.interpreters as ci, _interpqueues, _interpchannels", []pyCase{
		{"names", `
for n in ('create_queue', 'Queue', 'QueueEmpty', 'QueueFull', 'QueueError', 'QueueNotFoundError',
          'create_channel', 'RecvChannel', 'SendChannel', 'select', 'ChannelError',
          'ChannelNotFoundError', 'ChannelClosedError', 'ChannelEmptyError', 'ChannelNotEmptyError'):
    assert hasattr(ci, n), n
`},
		{"hierarchy", `
assert ci.QueueEmpty.__mro__[1] is _interpqueues.QueueError, ci.QueueEmpty.__mro__
assert issubclass(ci.QueueFull, _interpqueues.QueueError)
assert issubclass(_interpqueues.QueueError, RuntimeError)
assert issubclass(_interpqueues.QueueNotFoundError, _interpqueues.QueueError)
assert ci.QueueError is _interpqueues.QueueError
for n in ('ChannelNotFoundError', 'ChannelClosedError', 'ChannelEmptyError', 'ChannelNotEmptyError'):
    c = getattr(_interpchannels, n)
    assert c is getattr(ci, n), n
    assert c.__mro__[1:3] == (_interpchannels.ChannelError, RuntimeError), c.__mro__
    assert c.__module__ == '_interpchannels', c.__module__
assert _interpqueues.QueueError.__module__ == 'test.support.interpreters'
assert ci.QueueEmpty.__module__ == 'concurrent.interpreters'
`},
		{"types", `
assert type(ci.create_queue()) is ci.Queue
r, s = ci.create_channel()
assert type(r) is ci.RecvChannel and type(s) is ci.SendChannel
assert ci.Queue.__module__ == 'concurrent.interpreters'
assert repr(ci.RecvChannel) == "<class 'concurrent.interpreters.RecvChannel'>", repr(ci.RecvChannel)
for e in (ci.create_queue(), r, s):
    assert ci.is_shareable(e), e
`},
		{"per-interpreter classes", `
import _interpreters as I
x = I.create()
I.exec(x, 'import concurrent.interpreters as ci')
q = ci.create_queue()
I.set___main___attrs(x, {'q': q})
r = I.exec(x, '''
import concurrent.interpreters as ci
try:
    q.get_nowait()
except ci.QueueEmpty as e:
    cls = type(e)
assert cls is ci.QueueEmpty
''')
assert r is None, r
I.set___main___attrs(x, {'mine': ci.QueueEmpty.__name__})
try:
    q.get_nowait()
except ci.QueueEmpty as e:
    assert type(e) is ci.QueueEmpty
I.destroy(x)
`},
		{"classes without the module", `
import _interpreters as I
x = I.create()
I.set___main___attrs(x, {'q': ci.create_queue()})
r = I.exec(x, '''
try:
    q.get_nowait()
except Exception as e:
    assert type(e).__name__ == 'QueueEmpty', type(e)
    assert str(e).endswith(' is empty'), str(e)
import concurrent.interpreters as ci
try:
    q.get_nowait()
except ci.QueueEmpty:
    pass
''')
assert r is None, r
I.destroy(x)
`},
	})
}

// TestUnbindInterpreter: 3.13's unboundop rules for the items a destroyed
// interpreter put: REMOVE drops them, ERROR and UNBOUND leave a marker
// that get/recv report with its op; items of the high-level API stay.
func TestUnbindInterpreter(t *testing.T) {
	tr := newRuntime(t)
	tr.run(t, `
import _interpreters as I, _interpqueues as Q, _interpchannels as C
import concurrent.interpreters as ci
x = I.create()
qid = Q.create(0, 0, 3)
cid = C.create(3)
hq = ci.create_queue()
I.set___main___attrs(x, {'qid': qid, 'cid': cid, 'hq': hq})
r = I.exec(x, '''
import _interpqueues as Q, _interpchannels as C
Q.put(qid, 'remove', 0, 1)
Q.put(qid, 'error', 0, 2)
Q.put(qid, 'replace', 0, 3)
C.send(cid, 'remove', 1, blocking=False)
C.send(cid, 'default', blocking=False)
hq.put('kept')
''')
assert r is None, r
Q.put(qid, 'mine', 0, 1)
xid = x
`)
	xid, _ := object.AsInt64(tr.global("xid"))
	unbindInterpreter(tr.rt, xid)
	tr.run(t, `
assert Q.get_count(qid) == 3, Q.get_count(qid)
assert Q.get(qid) == (None, 0, 2)
assert Q.get(qid) == (None, 0, 3)
assert Q.get(qid) == ('mine', 0, None)
assert C.get_count(cid) == 1
assert C.recv(cid) == (None, 3)
assert hq.get_nowait() == 'kept'
`)
}

// TestBlockedWaitInterrupted: a pending asynchronous exception (Ctrl-C)
// ends a blocked get, recv, send or select at once and is raised there.
func TestBlockedWaitInterrupted(t *testing.T) {
	for _, c := range []struct{ name, src string }{
		{"queue get", "q.get()"},
		{"queue put", "q1.put(1); q1.put(2)"},
		{"recv", "r.recv()"},
		{"send", "s.send(1)"},
		{"select", "ci.select(r, q)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tr := newRuntime(t, clockModule())
			tr.run(t, `
import concurrent.interpreters as ci
q = ci.create_queue()
q1 = ci.create_queue(1)
r, s = ci.create_channel()
`)
			tr.st.Detach()
			st := tr.rt.NewThread(tr.rt.Main())
			done := make(chan string, 1)
			go func() {
				runtime.LockOSThread()
				st.Attach()
				vt, err := tr.eng.StartInterpreter(st)
				if err != nil {
					done <- err.Error()
					return
				}
				src := "import __main__ as m, concurrent.interpreters as ci\nq, q1, r, s = m.q, m.q1, m.r, m.s\n" +
					"try:\n    " + c.src + "\nexcept KeyboardInterrupt:\n    pass\nelse:\n    raise AssertionError('not interrupted')\n"
				code := vt.CompileSource([]byte(src), "<thread>", vm.CompileFile)
				msg := ""
				if r := vt.EvalCode(code, object.NewDict(), nil); r.IsNull() {
					var b strings.Builder
					vt.PrintException(&b, vt.Exc)
					vt.Exc = nil
					msg = b.String()
				}
				st.Detach()
				done <- msg
			}()
			time.Sleep(50 * time.Millisecond)
			var exc any = object.KeyboardInterruptType.Value()
			st.PendingAsyncExc.Store(&exc)
			st.WakeAsync()
			select {
			case msg := <-done:
				if msg != "" {
					t.Error(msg)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("the blocked wait did not end")
			}
			tr.rt.DeleteThread(st)
			tr.st.Attach()
		})
	}
}

// TestDestroyUnbinds: _interpreters.destroy applies the unbound rules to
// what the destroyed interpreter put.
func TestDestroyUnbinds(t *testing.T) {
	tr := newRuntime(t)
	tr.run(t, `
import _interpreters as I, _interpqueues as Q
x = I.create()
qid = Q.create(0, 0, 3)
I.set___main___attrs(x, {'qid': qid})
r = I.exec(x, '''
import _interpqueues as Q
Q.put(qid, 'remove', 0, 1)
Q.put(qid, 'error', 0, 2)
Q.put(qid, 'replace', 0, 3)
''')
assert r is None, r
assert Q.get_count(qid) == 3
I.destroy(x)
assert Q.get_count(qid) == 2, Q.get_count(qid)
assert Q.get(qid) == (None, 0, 2)
assert Q.get(qid) == (None, 0, 3)
`)
}

// fakeQueueModule is a stand-in for the standard library's queue module
// (this package's tests have no .py importer): Empty and Full.
type fakeQueueModule struct{}

func (fakeQueueModule) Name() string { return "queue" }
func (fakeQueueModule) Lazy() bool   { return true }
func (fakeQueueModule) Exec(t *vm.Thread, m *object.Module) bool {
	for _, n := range []string{"Empty", "Full"} {
		ns := object.NewDict()
		ns.SetStr(object.NewStr("__module__"), object.NewStr("queue").Value())
		typ := object.NewClass(&t.Thread, object.TypeType, n, []object.Value{object.ExceptionType.Value()}, ns)
		if typ == nil {
			return false
		}
		m.Dict.SetStr(object.NewStr(n), typ.Value())
	}
	return true
}

// TestQueueExceptionsDeriveFromQueueModule: with a queue module,
// QueueEmpty and QueueFull are also queue.Empty and queue.Full.
func TestQueueExceptionsDeriveFromQueueModule(t *testing.T) {
	tr := newRuntime(t, fakeQueueModule{})
	tr.run(t, `
import concurrent.interpreters as ci, queue, _interpqueues as Q
assert ci.QueueEmpty.__bases__ == (Q.QueueError, queue.Empty), ci.QueueEmpty.__mro__
assert issubclass(ci.QueueFull, queue.Full) and issubclass(ci.QueueFull, RuntimeError)
q = ci.create_queue(1)
try:
    q.get_nowait()
except queue.Empty:
    pass
q.put(1)
try:
    q.put_nowait(2)
except queue.Full as e:
    assert str(e) == f'queue {q.id} is full'
`)
}
