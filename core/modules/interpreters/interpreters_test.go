package interpreters

import (
	"testing"
	"time"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

func TestLowLevelBasics(t *testing.T) {
	tr := newRuntime(t)
	tr.run(t, `
import _interpreters as I
assert I.get_main() == (0, 1), I.get_main()
assert I.get_current() == (0, 1)
assert I.list_all() == [(0, 1)]
x = I.create()
assert x == 1, x
assert I.list_all() == [(0, 1), (1, 5)], I.list_all()
assert I.whence(x) == I.WHENCE_STDLIB == 5
assert I.is_running(0) and not I.is_running(x)
assert I.exec(x, 'a = 6 * 7') is None
r = I.exec(x, 'raise ValueError("boom")')
assert r.type.__name__ == 'ValueError' and r.type.__module__ == 'builtins', r
assert r.msg == 'boom' and r.formatted == 'ValueError: boom', r
assert r.errdisplay == 'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nValueError: boom', repr(r.errdisplay)
r = I.exec(x, 'assert a == 42, a')
assert r is None, r
def f():
    global b
    b = 'from f'
assert I.exec(x, f) is None
r = I.exec(x, 'assert b == "from f"')
assert r is None, r
assert I.call(x, f) is None
I.set___main___attrs(x, {'s': 'shared', 'n': (1, 2.5)})
assert I.exec(x, 'assert s == "shared" and n == (1, 2.5)') is None
try:
    I.set___main___attrs(x, {'l': [1]})
except I.NotShareableError as e:
    assert str(e) == '[1] does not support cross-interpreter data', str(e)
else:
    raise AssertionError('no error')
try:
    I.destroy(0)
except I.InterpreterError as e:
    assert str(e) == 'cannot destroy the current interpreter', e
I.destroy(x)
assert I.list_all() == [(0, 1)]
try:
    I.exec(x, 'pass')
except I.InterpreterNotFoundError as e:
    assert str(e) == 'unrecognized interpreter ID 1', e
c = I.get_config(0)
assert repr(c) == "namespace(use_main_obmalloc=True, allow_fork=True, allow_exec=True, allow_threads=True, allow_daemon_threads=True, check_multi_interp_extensions=False, gil='own')", repr(c)
ok = True
`)
	if tr.global("ok").IsNull() {
		t.Fatal("did not finish")
	}
}

func TestConcurrentInterpreters(t *testing.T) {
	tr := newRuntime(t)
	tr.run(t, `
import concurrent
assert concurrent.__path__ == [], concurrent.__path__
from concurrent import interpreters as ci
import concurrent.interpreters
assert concurrent.interpreters is ci
main = ci.get_main()
assert main is ci.get_current() and main.id == 0 and main.whence == 'runtime init', main.whence
assert repr(main) == 'Interpreter(0)'
interp = ci.create()
assert interp.id == 1 and interp.whence == '_interpreters module'
assert ci.list_all() == [main, interp] and ci.list_all()[1] is interp
assert ci.Interpreter(1) is interp
assert not interp.is_running() and main.is_running()
interp.prepare_main({'a': 1}, b=[1, 2, {'x': bytearray(b'y')}])
interp.exec('c = a + len(b)')
def getc():
    return c
r = interp.call(getc); assert r == 4, r
def add(x, y=10, *, z=100):
    return [x, y, z, b]
assert interp.call(add, 1, z=3) == [1, 10, 3, [1, 2, {'x': bytearray(b'y')}]], interp.call(add, 1, z=3)
assert interp.call(len, 'abcd') == 4
assert interp.call(int, '12') == 12 and interp.call(list, (1, 2)) == [1, 2]
import _interpreters
assert interp.call(_interpreters.get_current) == (1, 5)
class Mine:
    pass
try:
    interp.call(Mine)
except TypeError as e:
    assert str(e) == 'call() argument 1 must be a function without closure or a builtin function, not type', e
try:
    interp.exec('raise ValueError("boom")')
except ci.ExecutionFailed as e:
    assert isinstance(e, ci.InterpreterError)
    assert e.excinfo.type.__name__ == 'ValueError' and e.excinfo.type.__qualname__ == 'ValueError'
    assert e.excinfo.type.__module__ == 'builtins' and e.excinfo.msg == 'boom'
    assert e.excinfo.formatted == 'ValueError: boom'
    want = 'ValueError: boom\n\nUncaught in the interpreter:\n\n' + e.excinfo.errdisplay
    assert str(e) == want, (str(e), want)
    assert e.excinfo.errdisplay.startswith('Traceback (most recent call last):\n'), e.excinfo.errdisplay
else:
    raise AssertionError('no ExecutionFailed')
def boom():
    raise KeyError('k')
try:
    interp.call(boom)
except ci.ExecutionFailed as e:
    assert e.excinfo.formatted == "KeyError: 'k'", e.excinfo.formatted
def unshareable():
    return object()
try:
    interp.call(unshareable)
except ci.NotShareableError as e:
    assert str(e) == 'object objects are not shareable', str(e)
else:
    raise AssertionError('no NotShareableError for the result')
def unshareable_item():
    return [1, {'k': object()}]
try:
    interp.call(unshareable_item)
except ci.NotShareableError as e:
    assert str(e) == 'object objects are not shareable', str(e)
else:
    raise AssertionError('no NotShareableError for the result')
assert interp.call(getc) == 4
try:
    interp.call(add, object())
except ci.NotShareableError as e:
    assert str(e) == 'object objects are not shareable', str(e)
x = 5
def closure():
    def inner():
        return x
    return inner
def outer():
    y = 1
    def inner():
        return y
    return inner
try:
    interp.call(outer())
except ValueError as e:
    assert 'closures' in str(e), e
try:
    interp.exec(add)
except ValueError as e:
    assert str(e) == '_interpreters.exec(): bad func (arguments not supported)', e
assert ci.is_shareable(1) and not ci.is_shareable([])
mv = memoryview(b'abc')
interp.prepare_main(mv=mv)
interp.exec('assert bytes(mv) == b"abc"; mv.release()')
assert bytes(mv) == b'abc' 
interp.close()
assert ci.list_all() == [main]
try:
    main.close()
except ci.InterpreterError as e:
    assert str(e) == 'cannot destroy unrecognized interpreter 0', e
try:
    interp.exec('pass')
except ci.InterpreterNotFoundError:
    pass
ok = True
`)
	if tr.global("ok").IsNull() {
		t.Fatal("did not finish")
	}
}

// TestCallPortableBuiltins: call() takes builtin methods (a builtin
// type's method or class method, a builtin method bound to a shareable
// object), found again in the target; a non-callable is 3.14's TypeError.
func TestCallPortableBuiltins(t *testing.T) {
	tr := newRuntime(t)
	tr.run(t, `
from concurrent import interpreters as ci
a = ci.create()
assert a.call(str.upper, 'abc') == 'ABC'
assert a.call('a-b'.split, '-') == ['a', 'b']
assert a.call(dict.fromkeys, 'ab') == {'a': None, 'b': None}
assert a.call(bytes.fromhex, '41') == b'A'
assert a.call(list.__len__, [1, 2]) == 2
assert a.call((5).__add__, 2) == 7
assert a.call(int.__dict__['from_bytes'], b'\x01', 'big') == 1
class S(str):
    pass
def kwtypes(**kw):
    return [type(k).__name__ for k in kw]
assert a.call(kwtypes, **{S('k'): 1}) == ['str']
a.prepare_main({S('m'): 2})
def maintypes():
    return [type(k).__name__ for k in globals() if k == 'm']
assert a.call(maintypes) == ['str']
for bad, r in [(5, '5'), ('x', "'x'"), (None, 'None')]:
    try:
        a.call(bad)
    except TypeError as e:
        assert str(e) == 'expected a callable, got ' + r, e
    else:
        raise AssertionError(bad)
ok = True
`)
	if tr.global("ok").IsNull() {
		t.Fatal("did not finish")
	}
}

// TestPrepareMainEmpty: prepare_main() with nothing to bind raises 3.14's
// ValueError, after the interpreter lookup.
func TestPrepareMainEmpty(t *testing.T) {
	tr := newRuntime(t)
	tr.run(t, `
from concurrent import interpreters as ci
a = ci.create()
for args, kw in [((), {}), (({},), {}), ((None,), {})]:
    try:
        a.prepare_main(*args, **kw)
    except ValueError as e:
        assert str(e) == 'arg 2 must be a non-empty dict', e
    else:
        raise AssertionError(args)
a.close()
try:
    a.prepare_main()
except ci.InterpreterNotFoundError:
    pass
ok = True
`)
	if tr.global("ok").IsNull() {
		t.Fatal("did not finish")
	}
}

// TestInterruptReachesTarget: a Ctrl-C (KeyboardInterrupt pending on the
// caller's thread state) that arrives while the caller runs code in
// another interpreter is raised in that code; uncaught, it comes back as
// ExecutionFailed; nothing stays pending on the caller.
func TestInterruptReachesTarget(t *testing.T) {
	var tr *testRuntime
	interrupt := func(vt *vm.Thread, _ []object.Value) object.Value {
		st := tr.st
		go func() {
			time.Sleep(50 * time.Millisecond)
			ki := any(object.KeyboardInterruptType.Value())
			if st.PendingAsyncExc.CompareAndSwap(nil, &ki) {
				st.WakeAsync()
			}
		}()
		return object.None
	}
	tr = newRuntime(t, goModule{name: "sig", funcs: map[string]func(*vm.Thread, []object.Value) object.Value{"interrupt_soon": interrupt}})
	tr.run(t, `
import _interpreters as I, sig
x = I.create()
sig.interrupt_soon()
r = I.exec(x, '''
caught = False
try:
    while True:
        pass
except KeyboardInterrupt:
    caught = True
''')
assert r is None, r
assert I.exec(x, 'assert caught') is None
sig.interrupt_soon()
r = I.exec(x, 'while True: pass')
assert r.type.__name__ == 'KeyboardInterrupt' and r.formatted == 'KeyboardInterrupt: ', r
n = 0
for i in range(200000):
    n += 1
ok = True
`)
	if tr.global("ok").IsNull() {
		t.Fatal("did not finish")
	}
	if tr.st.PendingAsyncExc.Load() != nil {
		t.Fatal("interrupt left pending on the caller")
	}
}

// TestAllNamesExist: every name of concurrent.interpreters.__all__ is
// there, and the channel API is part of it (star-imports bring it in).
func TestAllNamesExist(t *testing.T) {
	tr := newRuntime(t)
	tr.run(t, `
import concurrent.interpreters as ci
missing = [n for n in ci.__all__ if not hasattr(ci, n)]
assert not missing, missing
for n in ('create_channel', 'RecvChannel', 'SendChannel', 'select', 'ChannelClosedError',
          'ChannelEmptyError', 'ChannelNotEmptyError', 'create_queue', 'QueueEmpty'):
    assert n in ci.__all__, n
ok = True
`)
	if tr.global("ok").IsNull() {
		t.Fatal("did not finish")
	}
}
