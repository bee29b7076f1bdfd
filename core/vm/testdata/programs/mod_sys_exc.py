import sys

print(sys.exc_info(), sys.exception())
try:
    raise ValueError('boom')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), tb is not None, sys.exception() is v)
    try:
        raise KeyError('inner')
    except KeyError as e:
        print(repr(sys.exception()), sys.exc_info()[0])
    print(repr(sys.exception()))
print(sys.exc_info(), sys.exception())


def f():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__


print(f(), sys.exception())

try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.args)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.args)
try:
    sys.exit('message')
except SystemExit as e:
    print('SystemExit', e.args, isinstance(e, Exception), isinstance(e, BaseException))
