# An exception that ends a _thread thread is reported as CPython's
# unraisable hook prints it: the exception's own traceback only (no chained
# context, no carets, no notes) and "Type: message" even for an empty
# message.
import _thread


class Job:
    def __init__(self, name, fn):
        self.name = name
        self.fn = fn

    def __repr__(self):
        return "<job " + self.name + ">"

    def __call__(self):
        self.fn()


class Quiet(Exception):
    pass


def empty():
    raise Quiet()


def chained():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")


def noted():
    e = TypeError("with a note")
    e.add_note("the note")
    raise e


def nested():
    empty()


for name, fn in [("empty", empty), ("chained", chained), ("noted", noted), ("nested", nested)]:
    done = _thread.allocate_lock()
    done.acquire()

    def run(fn=fn, done=done):
        try:
            fn()
        finally:
            done.release()

    _thread.start_new_thread(Job(name, run), ())
    done.acquire()
    # The report is written after the function returns: wait for the
    # thread to be gone.
    while _thread._count():
        pass
print("done")
