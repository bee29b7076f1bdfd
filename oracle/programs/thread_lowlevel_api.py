# _thread: locks, RLock, handles, start functions and their errors.
import _thread


def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', r)


names = [n for n in dir(_thread) if not n.startswith('__')]
print(names)
print(_thread.error is RuntimeError, _thread.LockType is _thread.lock, _thread.TIMEOUT_MAX)
print(type(_thread.allocate_lock()).__name__, type(_thread.allocate_lock()).__module__)

lock = _thread.allocate_lock()
show('locked', lock.locked)
show('acquire', lock.acquire)
show('locked', lock.locked)
show('acquire nb', lambda: lock.acquire(False))
show('acquire t0', lambda: lock.acquire(True, 0))
show('acquire timeout', lambda: lock.acquire(timeout=0.01))
show('release', lock.release)
show('release again', lock.release)
show('too many', lambda: lock.acquire(1, 2, 3))
show('nb+timeout', lambda: lock.acquire(blocking=False, timeout=1))
show('negative', lambda: lock.acquire(timeout=-2))
show('bad timeout', lambda: lock.acquire(timeout='x'))
show('nan', lambda: lock.acquire(timeout=float('nan')))
show('huge', lambda: lock.acquire(timeout=1e300))
show('bad kw', lambda: lock.acquire(foo=1))
show('locked arg', lambda: lock.locked(1))
show('ctor arg', lambda: _thread.LockType(1))
show('alloc arg', lambda: _thread.allocate_lock(1))
with lock:
    print('in with', lock.locked())
print('after with', lock.locked())
show('exit unlocked', lambda: lock.__exit__(None, None, None))
lock.acquire()
lock._at_fork_reinit()
print('reinit', lock.locked())

r = _thread.RLock()
show('r.release', r.release)
print(r.acquire(), r.acquire(), r._recursion_count(), r._is_owned())
state = r._release_save()
print('saved count', state[0], state[1] == _thread.get_ident(), r._is_owned())
show('release_save again', r._release_save)
r._acquire_restore(state)
print('restored', r._recursion_count())
show('restore bad', lambda: r._acquire_restore(1))
r.release()
r.release()
print('count', r._recursion_count())
show('r too many', lambda: r.acquire(1, 2, 3))
show('r nb+timeout', lambda: r.acquire(blocking=False, timeout=2))
show('r release arg', lambda: r.release(1))
with r:
    with r:
        print('nested', r._recursion_count())

ident = _thread.get_ident()
print(type(ident).__name__, ident > 0, ident == _thread._get_main_thread_ident())
print(type(_thread.get_native_id()).__name__, _thread.get_native_id() > 0)
print(_thread._is_main_interpreter(), _thread.daemon_threads_allowed(), _thread._count())

show('stack 0', lambda: _thread.stack_size(0))
show('stack bad', lambda: _thread.stack_size(100))
show('stack neg', lambda: _thread.stack_size(-1))
show('stack str', lambda: _thread.stack_size('x'))
show('stack set', lambda: _thread.stack_size(1 << 20))
show('stack get', _thread.stack_size)
show('stack after', _thread.stack_size)

h = _thread._ThreadHandle()
show('h.join', h.join)
show('h.is_done', h.is_done)
show('h.ident', lambda: h.ident)
show('h.set_done', h._set_done)
show('h.join kw', lambda: h.join(timeout=1))
mine = _thread._make_thread_handle(_thread.get_ident())
show('join self', mine.join)
show('is_done', mine.is_done)
show('repr', lambda: repr(_thread._make_thread_handle(7)))

done = _thread.allocate_lock()
done.acquire()
results = []


def work(*args, **kwargs):
    results.append((args, kwargs, _thread.get_ident() != ident))
    done.release()


tid = _thread.start_new_thread(work, (1, 2), {'k': 3})
done.acquire()
print(type(tid).__name__, results)

show('snt not callable', lambda: _thread.start_new_thread(1, ()))
show('snt args', lambda: _thread.start_new_thread(print, 1))
show('snt kwargs', lambda: _thread.start_new_thread(print, (), 1))
show('snt few', lambda: _thread.start_new_thread(print))
show('snt many', lambda: _thread.start_new_thread(print, (), {}, 1))
show('snt kw', lambda: _thread.start_new_thread(function=print, args=()))
show('sjt not callable', lambda: _thread.start_joinable_thread(1))
show('sjt handle', lambda: _thread.start_joinable_thread(print, handle=1))
show('sjt missing', lambda: _thread.start_joinable_thread())
show('sjt many', lambda: _thread.start_joinable_thread(print, None, True, 1))

seen = []
handle = _thread._ThreadHandle()
r2 = _thread.start_joinable_thread(lambda: seen.append('ran'), handle=handle)
print(r2 is handle)
handle.join()
print(seen, handle.is_done(), handle.ident != 0)
show('restart', lambda: _thread.start_joinable_thread(print, handle=handle))


def join_self():
    try:
        me.join()
    except RuntimeError as e:
        seen.append(str(e))


me = _thread._ThreadHandle()
_thread.start_joinable_thread(join_self, handle=me)
me.join()
print(seen)


def quits():
    _thread.exit()


h3 = _thread.start_joinable_thread(quits)
h3.join()
print('exit thread done', h3.is_done())
show('exit arg', lambda: _thread.exit(1))
show('interrupt bad', lambda: _thread.interrupt_main(1000))
show('interrupt str', lambda: _thread.interrupt_main('x'))
show('excepthook type', lambda: _thread._excepthook(1))
a = _thread._ExceptHookArgs((1, 2, 3, 4))
print(a, a.exc_type, a.thread, a[2], type(a).n_fields)
show('hookargs short', lambda: _thread._ExceptHookArgs((1, 2, 3)))
