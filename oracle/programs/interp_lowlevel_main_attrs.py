# _interpreters.set___main___attrs checks the size of its argument first
# (any sized object), then that it is a dict; None binds nothing.
import _interpreters

interp = _interpreters.create()
for updates in [5, [], [('a', 1)], {}, 'ab', None, {'a': 1}]:
    try:
        print('ret', _interpreters.set___main___attrs(interp, updates))
    except Exception as e:
        print(type(e).__name__, e)
_interpreters.exec(interp, 'print(a)')
_interpreters.destroy(interp)
