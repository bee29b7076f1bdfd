# _interpreters: the messages for a wrong kind of code or callable name
# None as CPython's argument parser does ("not None", not "not NoneType").
import _interpreters

interp = _interpreters.create()
cases = [
    lambda: _interpreters.exec(interp, None),
    lambda: _interpreters.exec(interp, 5),
    lambda: _interpreters.run_string(interp, None),
    lambda: _interpreters.run_func(interp, None),
    lambda: _interpreters.run_func(interp, 'x'),
    lambda: _interpreters.call(interp, None),
    lambda: _interpreters.call(interp, 1.5),
    lambda: _interpreters.exec(None, 'pass'),
    lambda: _interpreters.is_running(None),
]
for case in cases:
    try:
        case()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
_interpreters.destroy(interp)
