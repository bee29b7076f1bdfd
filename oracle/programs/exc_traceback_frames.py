# Traceback and frame objects: tb_next chain, tb_lineno, tb_frame's code,
# locals, globals and f_back; sys.exc_info() and sys.exception().
import sys
marker = "module global"
def inner(x):
    local_value = x * 2
    raise ValueError(f"bad {x}")
def outer():
    helper = "outer local"
    inner(21)
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        f = tb.tb_frame
        entries.append((f.f_code.co_name, tb.tb_lineno))
        last = tb
        tb = tb.tb_next
    print(entries, last.tb_frame.f_lineno)
    fr = last.tb_frame
    print(sorted(fr.f_locals.items()))
    print(fr.f_globals["marker"], fr.f_globals is globals())
    print(fr.f_back.f_code.co_name, sorted(fr.f_back.f_locals))
    print(type(last).__name__, type(fr).__name__, last.tb_lasti >= 0)
    t, v, tbx = sys.exc_info()
    print(t.__name__, v is e, tbx is e.__traceback__, sys.exception() is e)
print(sys.exc_info(), sys.exception())
def gen():
    yield 1
    raise KeyError("from generator")
g = gen()
next(g)
try:
    next(g)
except KeyError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
err = RuntimeError("kept")
try:
    raise err
except RuntimeError:
    pass
print(err.__traceback__.tb_lineno, err.__traceback__.tb_next)
