package interpreters

// concurrentSource is the Python part of concurrent.interpreters: it
// runs in the module's namespace, where the native helpers _call and
// _prepare_main already are (concurrent.go). Interpreter objects are
// cached by ID (one object per interpreter, as CPython's weak cache
// gives); an interpreter created here lives until close() or the end of
// the runtime.
const concurrentSource = `
"""Run Python code in other interpreters of this process."""

import _interpreters
from _interpreters import (
    InterpreterError, InterpreterNotFoundError, NotShareableError,
    is_shareable,
)

__all__ = [
    'get_current', 'get_main', 'create', 'list_all', 'is_shareable',
    'Interpreter',
    'InterpreterError', 'InterpreterNotFoundError', 'ExecutionFailed',
    'NotShareableError',
    'create_queue', 'Queue', 'QueueEmpty', 'QueueFull',
    'create_channel', 'RecvChannel', 'SendChannel', 'select',
    'ChannelError', 'ChannelClosedError', 'ChannelEmptyError', 'ChannelNotEmptyError',
]


class ExecutionFailed(InterpreterError):
    """Code run by Interpreter.exec() or Interpreter.call() raised;
    excinfo describes the exception (it stays in its interpreter)."""

    def __init__(self, excinfo):
        text = excinfo.formatted
        if not text:
            kind = excinfo.type.__name__ if excinfo.type else None
            if kind and excinfo.msg:
                text = kind + ': ' + excinfo.msg
            else:
                text = kind or excinfo.msg
        super().__init__(text)
        self.excinfo = excinfo

    def __str__(self):
        head = super().__str__()
        try:
            display = self.excinfo.errdisplay
        except Exception:
            return head
        return head + '\n\nUncaught in the interpreter:\n\n' + display


def create():
    """Create an interpreter and return its Interpreter."""
    return _known_interp(_interpreters.create(), _interpreters.WHENCE_STDLIB)


def list_all():
    """The Interpreter of every live interpreter, oldest first."""
    return [_known_interp(id, whence) for id, whence in _interpreters.list_all()]


def get_current():
    """The Interpreter this code runs in."""
    id, whence = _interpreters.get_current()
    return _known_interp(id, whence)


def get_main():
    """The Interpreter of the main interpreter."""
    id, whence = _interpreters.get_main()
    return _known_interp(id, whence)


_known = {}


def _known_interp(id, whence):
    try:
        return _known[id]
    except KeyError:
        pass
    self = object.__new__(Interpreter)
    self._id = id
    self._whence = whence
    _known[id] = self
    return self


_WHENCE_TO_STR = {
    _interpreters.WHENCE_UNKNOWN: 'unknown',
    _interpreters.WHENCE_RUNTIME: 'runtime init',
    _interpreters.WHENCE_LEGACY_CAPI: 'legacy C-API',
    _interpreters.WHENCE_CAPI: 'C-API',
    _interpreters.WHENCE_XI: 'cross-interpreter C-API',
    _interpreters.WHENCE_STDLIB: '_interpreters module',
}


class Interpreter:
    """One interpreter of the process, by its ID (one object per ID).

    id is the interpreter's ID, whence says who created it. Only
    interpreters made by create() accept close(), prepare_main(),
    exec() and call()."""

    def __new__(cls, id, /, _whence=None, _ownsref=None):
        if not isinstance(id, int):
            raise TypeError(f'id must be an int, got {id!r}')
        id = int(id)
        try:
            return _known[id]
        except KeyError:
            pass
        if _whence is None:
            _whence = _interpreters.whence(id)
        return _known_interp(id, _whence)

    def __repr__(self):
        return f'{type(self).__name__}({self._id})'

    def __hash__(self):
        return hash(self._id)

    def __reduce__(self):
        return (type(self), (self._id,))

    @property
    def id(self):
        return self._id

    @property
    def whence(self):
        return _WHENCE_TO_STR[self._whence]

    def is_running(self):
        """Whether code runs in the interpreter's __main__ right now."""
        return _interpreters.is_running(self._id)

    def close(self):
        """End the interpreter (InterpreterError for the current one
        or one that is running)."""
        _interpreters.destroy(self._id, restrict=True)
        if _known.get(self._id) is self:
            del _known[self._id]

    def prepare_main(self, ns=None, /, **kwargs):
        """Bind the given values into the interpreter's __main__.

        The values cross as queue items do: shareable objects by
        reference, builtin containers copied.
        """
        ns = dict(ns, **kwargs) if ns is not None else kwargs
        _prepare_main(self._id, ns)

    def exec(self, code, /):
        """Run the given source code (or function without arguments)
        in the interpreter's __main__.

        There is no return value. An unhandled exception raises
        ExecutionFailed, which summarizes it. This blocks the current
        Python thread until done; meanwhile other threads of the
        calling interpreter run.
        """
        excinfo = _interpreters.exec(self._id, code, restrict=True)
        if excinfo is not None:
            raise ExecutionFailed(excinfo)

    def call(self, callable, /, *args, **kwargs):
        """Call the object in the interpreter with the given arguments
        and return its result.

        The callable is a function without closure (re-created in the
        interpreter with its __main__ as globals) or a builtin function;
        arguments and result cross as queue items do. An unhandled
        exception raises ExecutionFailed.
        """
        return self._call(callable, args, kwargs)

    def _call(self, callable, args, kwargs):
        res, excinfo = _call(self._id, callable, args, kwargs)
        if excinfo is not None:
            raise ExecutionFailed(excinfo)
        return res

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Return a new (started) thread that calls the object in the
        interpreter. The result is discarded; an exception (ExecutionFailed
        for one raised by the callable) goes to threading.excepthook."""
        import threading
        t = threading.Thread(target=self._call, args=(callable, args, kwargs))
        t.start()
        return t
`
