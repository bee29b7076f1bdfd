# The high-level interpreters API: concurrent.interpreters (CPython 3.14),
# which CPython 3.13 ships as test.support.interpreters. Only what both
# versions do alike is printed.
try:
    from concurrent import interpreters
except ImportError:
    from test.support import interpreters

main = interpreters.get_main()
print(main, main.id, main.whence, main.is_running())
print(interpreters.get_current() is main, interpreters.list_all() == [main])
interp = interpreters.create()
print(interp, interp.id, interp.whence, interp.is_running())
print(interpreters.list_all() == [main, interp], interpreters.list_all()[1] is interp)
print(interpreters.Interpreter(interp.id) is interp, hash(interp) == hash(interp.id))

interp.prepare_main({'greeting': 'hello'}, count=3, pair=(1, 'b'))
interp.exec('print(greeting * count, pair)')
def task():
    print('task runs in', __import__('_interpreters').get_current()[0])
print(interp.call(task))
t = interp.call_in_thread(task)
t.join()
print(type(t).__name__, t.is_alive())

try:
    interp.exec('raise RuntimeError("failed inside")')
except interpreters.ExecutionFailed as e:
    print(type(e).__name__, isinstance(e, interpreters.InterpreterError))
    print(e.excinfo.type.__name__, e.excinfo.type.__qualname__, e.excinfo.type.__module__)
    print(repr(e.excinfo.msg), repr(e.excinfo.formatted))
    print(e.args)
    print(str(e))
def broken():
    return {}['missing']
try:
    interp.call(broken)
except interpreters.ExecutionFailed as e:
    print(e.excinfo.formatted)
    print(e.excinfo.errdisplay)
try:
    interp.exec('class Local(Exception): pass\nraise Local')
except interpreters.ExecutionFailed as e:
    print(str(e))

print(interpreters.is_shareable('x'), interpreters.is_shareable([]))
for exc in ('InterpreterError', 'InterpreterNotFoundError', 'NotShareableError'):
    cls = getattr(interpreters, exc)
    print(exc, cls.__module__, [c.__name__ for c in cls.__mro__])
try:
    main.close()
except interpreters.InterpreterError as e:
    print('close main:', e)
try:
    interp.prepare_main(bad=object())
except interpreters.NotShareableError as e:
    print('NotShareableError')
interp.close()
print(interpreters.list_all() == [main])
try:
    interp.exec('pass')
except interpreters.InterpreterNotFoundError as e:
    print('closed:', e)
