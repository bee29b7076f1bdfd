def f(a, *, key=None, reverse=False):
    return a, key, reverse

print(f(1))
print(f(1, reverse=True))
print(f(1, key=len, reverse=True)[1] is len)
print(f.__kwdefaults__ == {"key": None, "reverse": False})

def g(*, required, optional=0):
    return required + optional

print(g(required=5))
print(g(optional=1, required=2))

def h(a, *rest, flag=False):
    return a, rest, flag

print(h(1, 2, 3, flag=True))
print(h(1))
