# _interpreters: the IDs, whence values, configs and run results of
# CPython 3.13's low-level interpreters module.
import _interpreters as I

print(sorted(n for n in dir(I) if n.startswith('WHENCE_')))
print([getattr(I, n) for n in ('WHENCE_UNKNOWN', 'WHENCE_RUNTIME', 'WHENCE_LEGACY_CAPI',
                               'WHENCE_CAPI', 'WHENCE_XI', 'WHENCE_STDLIB')])
print(I.get_main(), I.get_current(), I.list_all())
a = I.create()
b = I.create('legacy')
c = I.create(config=I.new_config('isolated', gil='shared'), reqrefs=True)
print(a, b, c, I.list_all(), I.list_all(require_ready=True))
print([I.whence(x) for x in (0, a, b, c)])
print([I.is_running(x) for x in (0, a, b, c)])
for x in (0, a, b, c):
    print(x, I.get_config(x))
print(I.new_config())
print(I.new_config('legacy', allow_fork=False))
print(I.new_config('', gil='default'))

# exec: source text, a function without arguments, a code object
print(I.exec(a, 'x = 6 * 7; print("x is", x)'))
def show():
    print('show sees x =', x)
print(I.exec(a, show))
print(I.exec(a, compile('print("code object", x + 1)', '<code>', 'exec')))
print(I.run_string(a, 'print("run_string", x)'))
print(I.run_func(a, show))
print(I.call(a, show))
print(I.exec(a, 'print(y, z)', {'y': 'shared str', 'z': (1, 2.5, b'b', None, True)}))
I.set___main___attrs(a, {'w': -2 ** 62})
print(I.exec(a, 'print(w)'))
print(I.set___main___attrs(a, None))

# an uncaught exception comes back as a snapshot of text
r = I.exec(a, 'raise ValueError("boom")')
print(type(r).__name__, r)
r = I.exec(a, 'class E(Exception): pass\nraise E("mine")')
print(r.type, r.msg, r.formatted)
print(r.errdisplay)
r = I.exec(a, 'raise KeyboardInterrupt')
print(repr(r.formatted), repr(r.msg))
r = I.exec(a, 'raise SystemExit(3)')
print(r.formatted)
r = I.exec(a, 'def (')
print(r.type.__name__, r.msg)
print(r.errdisplay)
r = I.exec(a, 'try:\n    1/0\nexcept Exception as e:\n    raise ValueError("v") from e')
print(r.errdisplay)
r = I.exec(a, 'raise ExceptionGroup("g", [ValueError(1), TypeError(2)])')
print(r.formatted)
print(r.errdisplay)
r = I.run_string(a, '[][1]')
print(r.formatted)

try:
    1 / 0
except ZeroDivisionError as e:
    snap = I.capture_exception(e)
print(snap.type, snap.msg, snap.formatted)
print(I.capture_exception(), I.capture_exception(None))

# references and destruction: the decref to zero after an incref that
# implies a link destroys the interpreter
print(I.incref(a), I.decref(a), I.list_all())
print(I.incref(a, implieslink=True), I.decref(a), I.list_all())
print(I.destroy(b, restrict=True), I.list_all())
print(I.destroy(c), I.list_all())
