package thread

// pySource is the threading module, written in Python over _thread. It
// runs in the module's namespace, where _time (time.monotonic) is already
// set. "#@N" lines are directives for threadingSource: the next line is
// line N.
const pySource = `"""Thread module emulating a subset of Java's threading model."""

import sys as _sys
import _thread

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'setprofile_all_threads', 'settrace_all_threads', 'get_native_id']

_start_joinable_thread = _thread.start_joinable_thread
_daemon_threads_allowed = _thread.daemon_threads_allowed
_allocate_lock = _thread.allocate_lock
_LockType = _thread.LockType
_thread_shutdown = _thread._shutdown
_make_thread_handle = _thread._make_thread_handle
_ThreadHandle = _thread._ThreadHandle
_get_main_thread_ident = _thread._get_main_thread_ident
_is_main_interpreter = _thread._is_main_interpreter
_CRLock = _thread.RLock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
_HAVE_THREAD_NATIVE_ID = True
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
local = _thread._local
excepthook = _thread._excepthook
ExceptHookArgs = _thread._ExceptHookArgs
__excepthook__ = excepthook
stack_size = _thread.stack_size
Lock = _LockType
del _thread


def _deprecated(old, new):
    import warnings
    warnings.warn(f'{old} is deprecated, {new} instead', DeprecationWarning, stacklevel=3)


# Trace and profile functions given to threads as they start.
_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    """Set a profile function for all threads started from the threading module
    and all Python threads that are currently executing."""
    setprofile(func)
    hook = getattr(_sys, 'setprofile', None)
    if hook is not None:
        hook(func)


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    """Set a trace function for all threads started from the threading module
    and all Python threads that are currently executing."""
    settrace(func)
    hook = getattr(_sys, 'settrace', None)
    if hook is not None:
        hook(func)


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock."""
    if args or kwargs:
        import warnings
        warnings.warn('Passing arguments to RLock is deprecated and will be removed in 3.15',
                      DeprecationWarning, stacklevel=2)
    return _CRLock(*args, **kwargs)


class Condition:
    """Class that implements a condition variable."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Locks that know their owner (RLock) save and restore their own
        # state around a wait; plain locks use the generic versions below.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = []

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs."""
        if not self._is_owned():
#@351
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _allocate_lock()
        gate.acquire()
        self._waiters.append(gate)
        state = self._release_save()
        notified = False
        try:
            if timeout is None:
                notified = gate.acquire()
            else:
#@362
                if timeout > 0:
                    notified = gate.acquire(True, timeout)
                else:
                    notified = gate.acquire(False)
            return notified
        finally:
            self._acquire_restore(state)
            if not notified:
                if gate in self._waiters:
                    self._waiters.remove(gate)

    def wait_for(self, predicate, timeout=None):
        """Wait until a condition evaluates to True."""
        deadline = None
        left = timeout
#@385
        result = predicate()
        while not result:
            if left is not None:
                if deadline is None:
                    deadline = _time() + left
                else:
                    left = deadline - _time()
                    if left <= 0:
                        break
#@394
            self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up one or more threads waiting on this condition, if any."""
        if not self._is_owned():
#@409
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        while self._waiters and woken < n:
            gate = self._waiters.pop(0)
            try:
                gate.release()
            except RuntimeError:
                continue
            woken += 1

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Wake up all threads waiting on this condition.

        This method is deprecated, use notify_all() instead.
        """
        _deprecated('notifyAll()', 'use notify_all()')
        self.notify_all()


class Semaphore:
    """This class implements semaphore objects."""

    def __init__(self, value=1):
        if value < 0:
#@463
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        """Acquire a semaphore, decrementing the internal counter by one."""
        if not blocking and timeout is not None:
#@497
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
#@511
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by one or more."""
        if n < 1:
#@527
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """Implements a bounded semaphore."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by one or more."""
        if n < 1:
#@573
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
#@576
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """Class implementing event objects."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        state = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {state}>"

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def isSet(self):
        """Return true if and only if the internal flag is true.

        This method is deprecated, use is_set() instead.
        """
        _deprecated('isSet()', 'use is_set()')
        return self.is_set()

    def set(self):
        """Set the internal flag to true."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the internal flag to false."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the internal flag is true."""
        with self._cond:
            signaled = self._flag
            if not signaled:
#@659
                signaled = self._cond.wait(timeout)
            return signaled


# Barrier phases.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Implements a Barrier."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
#@693
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._phase = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the barrier."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
#@720
            self._enter() # Block while the barrier drains.
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
#@726
                    self._release()
                else:
#@729
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
#@734
                self._exit()

    def _enter(self):
        # Wait out a draining or resetting barrier; fail on a broken one.
        while self._phase in (_DRAINING, _RESETTING):
#@741
            self._cond.wait()
        if self._phase == _BROKEN:
#@744
            raise BrokenBarrierError

    def _release(self):
        # The last party: run the action, then let everyone go.
        try:
            if self._action is not None:
#@752
                self._action()
            self._phase = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        # Wait to be let go; a timeout breaks the barrier.
#@764
        if not self._cond.wait_for(lambda: self._phase != _FILLING, timeout):
            self._break()
#@767
            raise BrokenBarrierError
        if self._phase != _DRAINING:
#@769
            raise BrokenBarrierError

    def _exit(self):
        # The last party out lets the next round fill.
        if self._count == 0 and self._phase in (_DRAINING, _RESETTING):
            self._phase = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Reset the barrier to the initial state."""
        with self._cond:
            if self._count > 0:
                if self._phase in (_FILLING, _BROKEN):
                    self._phase = _RESETTING
            else:
                self._phase = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Place the barrier into a 'broken' state."""
        with self._cond:
            self._break()

    def _break(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """Return the number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """Return the number of threads currently waiting at the barrier."""
        return self._count if self._phase == _FILLING else 0

    @property
    def broken(self):
        """Return True if the barrier is in a broken state."""
        return self._phase == _BROKEN


class BrokenBarrierError(RuntimeError):
    pass


_counter = 0


def _newname(template):
    global _counter
    _counter += 1
    return template % _counter


# The live threads by ident, and those started but not yet running.
_active_limbo_lock = RLock()
_active = {}
_limbo = {}
_threading_atexits = []
_SHUTTING_DOWN = False


class Thread:
    """A class that represents a thread of control."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
#@892
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            if daemon and not _daemon_threads_allowed():
#@912
                raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._handle = _ThreadHandle()
        self._started = Event()
        self._initialized = True
        self._stderr = getattr(_sys, 'stderr', None)
#@924
        self._invoke_excepthook = _make_invoke_excepthook()

    def _after_fork(self, new_ident=None):
        self._started._at_fork_reinit()
        if new_ident is not None:
            self._ident = new_ident

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._handle.is_done():
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{self.__class__.__name__}({self._name}, {status})>"

    def start(self):
        """Start the thread's activity."""
        if not self._initialized:
#@964
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
#@967
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
#@973
            _start_joinable_thread(self._bootstrap, handle=self._handle,
                                   daemon=self.daemon)
        except Exception:
            with _active_limbo_lock:
                _limbo.pop(self, None)
            raise
        self._started.wait()

#@985
    def run(self):
        """Method representing the thread's activity."""
        # The target and its arguments are dropped once run, so that the
        # thread keeps nothing alive it does not need.
        try:
            if self._target is not None:
#@992
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except:
            # A daemon thread that outlived the interpreter's teardown
            # has nothing left to report to.
            if self._daemonic and _sys is None:
                return
            raise

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_native_id()
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                _limbo.pop(self, None)
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
#@1040
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()

    def _delete(self):
        with _active_limbo_lock:
            _active.pop(self._ident, None)

    def join(self, timeout=None):
        """Wait until the thread terminates."""
        if not self._initialized:
#@1081
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
#@1083
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
#@1085
            raise RuntimeError("cannot join current thread")
        if timeout is not None and timeout < 0:
            timeout = 0
#@1092
        self._handle.join(timeout)

    @property
    def name(self):
        """A string used for identification purposes only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """Native integral thread ID of this thread, or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Return whether the thread is alive."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._handle.is_done()

    @property
    def daemon(self):
        """A boolean value indicating whether this thread is a daemon thread."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
#@1163
            raise RuntimeError("Thread.__init__() not called")
        if daemonic and not _daemon_threads_allowed():
#@1165
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._started.is_set():
#@1167
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Return whether this thread is a daemon (deprecated)."""
        _deprecated('isDaemon()', 'get the daemon attribute')
        return self.daemon

    def setDaemon(self, daemonic):
        """Set whether this thread is a daemon (deprecated)."""
        _deprecated('setDaemon()', 'set the daemon attribute')
        self.daemon = daemonic

    def getName(self):
        """Return the thread's name (deprecated)."""
        _deprecated('getName()', 'get the name attribute')
        return self.name

    def setName(self, name):
        """Set the thread's name (deprecated)."""
        _deprecated('setName()', 'set the name attribute')
        self.name = name


def _make_invoke_excepthook():
    # What reporting needs is bound now, while the thread is made, so that
    # a thread ending late in shutdown can still report.
    first_hook = excepthook
    first_sys_hook = _sys.excepthook
    if first_hook is None:
#@1273
        raise RuntimeError("threading.excepthook is None")
    if first_sys_hook is None:
#@1275
        raise RuntimeError("sys.excepthook is None")
    sys_mod = _sys
    exc_info = _sys.exc_info
    say = print

#@1281
    def invoke_excepthook(thread):
        global excepthook
        hook = excepthook
        if hook is None:
            hook = first_hook
        args = ExceptHookArgs([*exc_info(), thread])
        try:
#@1290
            hook(args)
        except Exception as failure:
            failure.__suppress_context__ = True
            del failure
            out = thread._stderr
            if sys_mod is not None and sys_mod.stderr is not None:
                out = sys_mod.stderr
            say("Exception in threading.excepthook:", file=out, flush=True)
            report = first_sys_hook
            if sys_mod is not None and sys_mod.excepthook is not None:
                report = sys_mod.excepthook
            report(*exc_info())
        finally:
            args = None

    return invoke_excepthook


class Timer(Thread):
    """Call a function after a specified number of seconds."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

#@1339
    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
#@1342
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = _get_main_thread_ident()
        self._handle = _make_thread_handle(self._ident)
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # A thread not started by this module (a host thread, or one started
    # with _thread): current_thread() gives it an entry.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"),
                        daemon=_daemon_threads_allowed())
        self._started.set()
        self._set_ident()
        self._handle = _make_thread_handle(self._ident)
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def is_alive(self):
        if self._started.is_set() and not self._handle.is_done():
            return True
#@1412
        raise RuntimeError("thread is not alive")

    def join(self, timeout=None):
#@1415
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    """Return the current Thread object, corresponding to the caller's thread of control."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Return the current Thread object (deprecated)."""
    _deprecated('currentThread()', 'use current_thread()')
    return current_thread()


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Return the number of Thread objects currently alive (deprecated)."""
    _deprecated('activeCount()', 'use active_count()')
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """Return a list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def _register_atexit(func, *arg, **kwargs):
    """CPython internal: register *func* to be called before joining threads."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


_main_thread = _MainThread()


def _shutdown():
    """Wait until the Python thread state of all non-daemon threads get deleted."""
    if _main_thread._handle.is_done() and _is_main_interpreter():
        return  # already done
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    if _is_main_interpreter():
        _main_thread._handle._set_done()
#@1540
    _thread_shutdown()


def main_thread():
    """Return the main thread object."""
    return _main_thread


def _after_fork():
    """Forget the other threads in a forked child."""
    global _active_limbo_lock, _main_thread
    _active_limbo_lock = RLock()
    current = _active.get(get_ident())
    if current is None:
        current = _MainThread()
    _main_thread = current
    _limbo.clear()
    _active.clear()
    _active[get_ident()] = current
`
