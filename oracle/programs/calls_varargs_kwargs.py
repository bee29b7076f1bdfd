def f(*args, **kwargs):
    return args, kwargs

print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, *[2, 3], *(4,), x=1, **{"y": 2}, **{"z": 3}))

def g(first, *args, last="L", **kw):
    return first, args, last, kw

print(g(0))
print(g(0, 1, 2, last="Z", extra=True))
print(type(f(1)[0]).__name__, type(f(a=1)[1]).__name__)
