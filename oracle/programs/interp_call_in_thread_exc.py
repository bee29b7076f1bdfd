# Interpreter.call_in_thread: an exception raised by the callable comes out
# of the thread as ExecutionFailed (threading.excepthook sees it), as both
# CPython 3.13 (test.support.interpreters) and 3.14 do; so does calling
# into an interpreter that is gone.
try:
    from concurrent import interpreters
except ImportError:
    from test.support import interpreters
import threading


def hook(args):
    print('hook:', args.exc_type.__name__, str(args.exc_value).splitlines()[0])


threading.excepthook = hook
interp = interpreters.create()


def bad():
    raise ValueError('in thread')


def good():
    print('good ran')


t = interp.call_in_thread(bad)
t.join()
t = interp.call_in_thread(good)
t.join()
interp.close()
t = interp.call_in_thread(good)
t.join()
print('end')
