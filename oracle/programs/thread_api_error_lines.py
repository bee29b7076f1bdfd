# Errors raised inside threading's Python code: their tracebacks name
# threading.py's frames and line numbers as CPython 3.13 prints them.
import sys
import threading


def show(fn):
    try:
        fn()
    except BaseException:
        sys.excepthook(*sys.exc_info())


def start_twice():
    t = threading.Thread(target=print, args=("ran",))
    t.start()
    t.join()
    t.start()


show(start_twice)
show(lambda: threading.Thread(target=print).join())
show(lambda: threading.current_thread().join())
show(lambda: threading.Condition().wait())
show(lambda: threading.Condition().notify())
show(lambda: threading.Semaphore(-1))
show(lambda: threading.Semaphore().acquire(False, 1))
show(lambda: threading.Semaphore().release(0))
show(lambda: threading.BoundedSemaphore(1).release())
show(lambda: threading.Barrier(0))
show(lambda: threading.Barrier(2, timeout=0.01).wait())
show(lambda: threading.Barrier(1, action=lambda: 1 / 0).wait())


def broken_barrier():
    b = threading.Barrier(2)
    b.abort()
    b.wait()


show(broken_barrier)
show(lambda: threading.Condition(threading.Lock()).wait_for(lambda: 1 / 0))


def daemon_after_start():
    t = threading.Thread(target=print, args=("ran",))
    t.start()
    t.join()
    t.daemon = True


show(daemon_after_start)
threading.Thread(target=print, group=1)
