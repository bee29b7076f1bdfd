package interpreters

import (
	"runtime"
	"testing"

	"github.com/subpy/subpy/core/object"
)

// expect is the helper every messaging snippet uses: raises(exc, f, ...)
// returns the exception f raised (failing when it raised another or none).
const expectPrelude = `
def raises(exc, f, *a, **k):
    try:
        f(*a, **k)
    except exc as e:
        return e
    except BaseException as e:
        raise AssertionError(f'{f} raised {type(e).__name__}: {e}, wanted {exc.__name__}')
    raise AssertionError(f'{f} did not raise {exc.__name__}')
`

func TestQueue(t *testing.T) {
	runCases(t, expectPrelude+"import concurrent.interpreters as ci, _clock as time", []pyCase{
		{"attributes", `
q = ci.create_queue()
assert (q.maxsize, q.qsize(), q.empty(), q.full()) == (0, 0, True, False)
assert type(q.id) is int and repr(q) == f'Queue({q.id})'
b = ci.create_queue(2)
assert b.maxsize == 2 and b.id == q.id + 1
b.put(1); b.put(2)
assert b.full() and b.qsize() == 2 and not b.empty()
assert ci.create_queue(maxsize=3).maxsize == 3
assert ci.Queue(q.id) == q and hash(ci.Queue(q.id)) == hash(q.id)
assert q != b
raises(TypeError, ci.Queue, 'x')
raises(ci.QueueNotFoundError, ci.Queue, 10**6)
raises(AttributeError, setattr, q, 'id', 3)
`},
		{"fifo and kinds", `
q = ci.create_queue()
objs = [None, True, 7, 2**80, -1.5, 1j, 'str', b'bytes', (1, ('x', 2.0)), frozenset({1, 2}), q]
for o in objs:
    q.put(o)
got = [q.get() for _ in objs]
assert got == objs, got
for a, b in zip(objs, got):
    assert a is b or type(a) in (int, float, complex), (a, b)
`},
		{"containers are copied", `
q = ci.create_queue()
l = [1, [2, 3], {'k': {4}}, bytearray(b'ab')]
q.put(l)
c = q.get()
assert c == l and c is not l and c[1] is not l[1] and c[2]['k'] is not l[2]['k'] and c[3] is not l[3]
`},
		{"not shareable", `
q = ci.create_queue()
class C: pass
e = raises(ci.NotShareableError, q.put, C())
assert str(e) == 'C objects are not shareable', str(e)
e = raises(ci.NotShareableError, q.put_nowait, [object()])
assert str(e) == 'object objects are not shareable', str(e)
assert q.empty()
`},
		{"empty and full", `
q = ci.create_queue(1)
e = raises(ci.QueueEmpty, q.get_nowait)
assert str(e) == f'queue {q.id} is empty', str(e)
raises(ci.QueueEmpty, q.get, block=False)
raises(ci.QueueEmpty, q.get, False)
q.put_nowait(1)
e = raises(ci.QueueFull, q.put_nowait, 2)
assert str(e) == f'queue {q.id} is full', str(e)
raises(ci.QueueFull, q.put, 2, block=False)
raises(ci.QueueFull, q.put, 2, False)
assert q.get() == 1
assert isinstance(e, ci.QueueError) and isinstance(e, RuntimeError)
`},
		{"timeouts", `
q = ci.create_queue(1)
t0 = time.monotonic()
raises(ci.QueueEmpty, q.get, timeout=0.05)
assert 0.04 < time.monotonic() - t0 < 2, time.monotonic() - t0
raises(ci.QueueEmpty, q.get, True, 0)
q.put(1)
t0 = time.monotonic()
raises(ci.QueueFull, q.put, 2, timeout=0.05)
assert 0.04 < time.monotonic() - t0 < 2
raises(ci.QueueFull, q.put, 2, timeout=0)
raises(ValueError, q.get, timeout=-1)
raises(TypeError, q.get, timeout='x')
`},
		{"arguments", `
q = ci.create_queue()
raises(TypeError, q.put)
raises(TypeError, q.put, 1, True, None, 4)
raises(TypeError, q.put, 1, bogus=1)
raises(TypeError, q.put_nowait)
raises(TypeError, q.get_nowait, 1)
raises(TypeError, q.qsize, 1)
q.put(obj=5, block=True, timeout=None)
assert q.get(block=True, timeout=None) == 5
`},
		{"shared with _interpqueues", `
import _interpqueues as Q
q = ci.create_queue(4)
assert Q.get_maxsize(q.id) == 4
Q.put(q.id, 'low', 0, 3)
assert q.qsize() == 1 and Q.get_count(q.id) == 1
assert q.get() == 'low'
q.put('high')
assert Q.get(q.id) == ('high', 0, None)
qid = Q.create(0, 0, 3)
h = ci.Queue(qid)
h.put(1)
assert Q.get(qid) == (1, 0, None)
`},
	})
}

// TestQueueCrossInterpreter: a producer in the main interpreter and a
// consumer in another, on two OS threads; the consumer blocks in get()
// (its interpreter's lock released) and sees every object in order.
func TestQueueCrossInterpreter(t *testing.T) {
	crossRun(t, `
import _interpreters as I, concurrent.interpreters as ci
q = ci.create_queue(8)
back = ci.create_queue()
x = I.create()
I.set___main___attrs(x, {'q': q, 'back': back})
`, `
import __main__, _interpreters as I
r = I.exec(__main__.x, '''
total = 0
n = 0
while True:
    v = q.get()
    if v is None:
        break
    assert v == n, (v, n)
    n += 1
    total += v
back.put((n, total))
''')
assert r is None, r
`, `
import __main__
q = __main__.q
for i in range(5000):
    q.put(i)
q.put(None)
n, total = __main__.back.get(timeout=20)
assert (n, total) == (5000, sum(range(5000))), (n, total)
`)
}

// TestQueueBlockedGetReleasesLock: while a thread of the main interpreter
// waits in get(), another thread of the same interpreter runs and
// supplies the item.
func TestQueueBlockedGetReleasesLock(t *testing.T) {
	crossRun(t, `
import concurrent.interpreters as ci
q = ci.create_queue()
`, `
import __main__
assert __main__.q.get(timeout=20) == 'hi'
`, `
import __main__, _clock as time
time.sleep(0.02)
__main__.q.put('hi')
`)
}

// TestInterpqueues checks _interpqueues against CPython 3.13.0's output
// for the same calls (recorded from python3.13).
func TestInterpqueues(t *testing.T) {
	runCases(t, expectPrelude+"import _interpqueues as Q, concurrent.interpreters as ci", []pyCase{
		{"names", `
names = sorted(n for n in dir(Q) if not n.startswith('__'))
want = ['QueueError', 'QueueNotFoundError', '_register_heap_types', 'bind', 'create', 'destroy', 'get',
        'get_count', 'get_maxsize', 'get_queue_defaults', 'is_full', 'list_all', 'put', 'release']
assert names == want, names
`},
		{"create and list", `
before = Q.list_all()
a = Q.create(0, 0, 3)
b = Q.create(2, 1, 3)
c = Q.create(maxsize=3, fmt=0, unboundop=1)
assert type(a) is int and b == a + 1 and c == b + 1
assert Q.list_all()[:3] == [(c, 0, 1), (b, 1, 3), (a, 0, 3)], Q.list_all()
e = raises(TypeError, Q.create)
assert str(e) == "create() missing required argument 'maxsize' (pos 1)", str(e)
e = raises(TypeError, Q.create, 0)
assert str(e) == "create() missing required argument 'fmt' (pos 2)", str(e)
for op in (0, 4):
    e = raises(ValueError, Q.create, 0, 0, op)
    assert str(e) == f'unsupported unboundop {op}', str(e)
e = raises(TypeError, Q.create, 'x', 0, 3)
assert str(e) == "'str' object cannot be interpreted as an integer", str(e)
for q in (a, b, c):
    Q.destroy(q)
assert Q.list_all() == before
`},
		{"put and get", `
qid = Q.create(2, 1, 3)
assert Q.put(qid, 1, 1, 3) is None
e = raises(TypeError, Q.put, qid, 1, 1)
assert str(e) == "put() missing required argument 'unboundop' (pos 4)", str(e)
Q.put(qid=qid, obj=2, fmt=0, unboundop=2)
e = raises(ci.NotShareableError, Q.put, qid, [1], 0, 3)
assert str(e) == '[1] does not support cross-interpreter data', str(e)
e = raises(ci.QueueFull, Q.put, qid, 5, 0, 3)
assert str(e) == f'queue {qid} is full', str(e)
assert (Q.get_count(qid), Q.is_full(qid), Q.get_maxsize(qid), Q.get_queue_defaults(qid)) == (2, True, 2, (1, 3))
assert Q.get(qid) == (1, 1, None)
assert Q.get(qid) == (2, 0, None)
e = raises(ci.QueueEmpty, Q.get, qid)
assert str(e) == f'queue {qid} is empty', str(e)
assert Q.get_count(qid) == 0
Q.destroy(qid)
`},
		{"not found", `
e = raises(Q.QueueNotFoundError, Q.get, 999)
assert str(e) == 'queue 999 not found', str(e)
raises(Q.QueueNotFoundError, Q.put, 999, 1, 0, 3)
e = raises(OverflowError, Q.get_count, 2**70)
`},
		{"bind and release", `
qid = Q.create(0, 0, 3)
assert Q.bind(qid) is None
assert Q.release(qid) is None
e = raises(Q.QueueNotFoundError, Q.release, qid)
assert str(e) == f'queue {qid} not found'
raises(Q.QueueNotFoundError, Q.destroy, qid)
q2 = Q.create(0, 0, 3)
Q.destroy(q2)
raises(Q.QueueNotFoundError, Q.get_count, q2)
e = raises(TypeError, Q._register_heap_types)
assert str(e) == "_register_heap_types() missing required argument 'queuetype' (pos 1)", str(e)
`},
		{"registered heap types", `
class E(Q.QueueError): pass
class F(Q.QueueError): pass
class QT: pass
Q._register_heap_types(QT, E, F)
qid = Q.create(1, 0, 3)
raises(E, Q.get, qid)
Q.put(qid, 1, 0, 3)
raises(F, Q.put, qid, 1, 0, 3)
`},
	})
}

// TestFastPathsAllocateNothing: put/get, send_nowait/recv and the
// non-blocking forms of unboxed values allocate nothing per message.
func TestFastPathsAllocateNothing(t *testing.T) {
	tr := newRuntime(t)
	tr.run(t, `
import concurrent.interpreters as ci
q = ci.create_queue()
r, s = ci.create_channel()
def loop(n):
    p = q.put; g = q.get; pn = q.put_nowait; gn = q.get_nowait
    sn = s.send_nowait; rv = r.recv; rn = r.recv_nowait
    for i in range(n):
        p(i); g(); pn(1.5); gn()
        sn(i); rv(); sn(0.25); rn()
loop(10)
`)
	for _, n := range []int{1000, 20000} {
		tr.main.Interpreter().Main.Dict.SetStr(object.NewStr("n"), object.Int(int64(n)))
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		tr.run(t, "loop(n)")
		runtime.ReadMemStats(&after)
		if n == 20000 {
			d := after.Mallocs - before.Mallocs
			t.Logf("%d allocations", d)
			if d > 2000 {
				t.Errorf("%d allocations for %d rounds of 8 operations", d, n)
			}
		}
	}
}
