import sys

print(sys.exc_info(), sys.exception())
try:
    raise TypeError("inside")
except TypeError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise ValueError("nested")
    except ValueError:
        print(type(sys.exception()).__name__)
    print(type(sys.exception()).__name__)
print(sys.exc_info(), sys.exception())

def f():
    return sys.exception()
try:
    1 / 0
except ZeroDivisionError:
    print(type(f()).__name__)
