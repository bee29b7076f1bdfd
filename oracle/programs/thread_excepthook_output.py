# What an uncaught exception in a thread prints, and threading.excepthook.
import _thread
import sys
import threading


def boom():
    raise ValueError('boom in thread')


t = threading.Thread(target=boom, name='worker')
t.start()
t.join()
print('after worker', t.is_alive())


class Failing(threading.Thread):
    def run(self):
        {}['missing']


f = Failing()
f.start()
f.join()


def quits():
    sys.exit(3)


q = threading.Thread(target=quits)
q.start()
q.join()
print('SystemExit is silent')

t = threading.Thread(target=boom)
t.name = 5
t.start()
t.join()

calls = []


def hook(args):
    calls.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                  type(args.exc_traceback).__name__))


threading.excepthook = hook
t = threading.Thread(target=boom, name='hooked')
t.start()
t.join()
print(calls)


def bad_hook(args):
    raise RuntimeError('the hook failed')


threading.excepthook = bad_hook
t = threading.Thread(target=boom, name='bad-hook')
t.start()
t.join()
threading.excepthook = threading.__excepthook__


class Named:
    def __repr__(self):
        return '<Named callable>'

    def __call__(self):
        raise KeyError('raw thread')


h = _thread.start_joinable_thread(Named())
h.join()
_thread.start_joinable_thread(lambda: _thread.exit()).join()
timer = threading.Timer(0.01, boom)
timer.start()
timer.join()
print('end')
