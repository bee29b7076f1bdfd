# sys.excepthook replaced by Python code: it receives the uncaught
# exception; a hook that fails prints both tracebacks.
import sys
def hook(exc_type, value, tb):
    print("hook got", exc_type.__name__, value, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    print("default is intact:", sys.__excepthook__ is not hook)
    raise RuntimeError("hook failed too")
sys.excepthook = hook
def work():
    raise LookupError("nothing found")
work()
