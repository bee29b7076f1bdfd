def f(a, b, /, c, *, d):
    return a, b, c, d

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))

def g(x, /, **kwargs):
    return x, sorted(kwargs.items())

print(g(1, x=2, y=3))

def h(a=1, /, b=2):
    return a, b

print(h(), h(10), h(10, 20), h(b=5))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
