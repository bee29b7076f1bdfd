def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(a=1, c=2, d=0))
def g(x, y):
    return x - y
print(g(y=1, x=10), g(*[5, 3]), g(*(1,), 9))
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(), c(10))
def outer(x):
    def mid(y):
        def inner(z):
            return x + y + z
        return inner
    return mid
print(outer(1)(2)(3))
adders = []
for i in range(3):
    adders.append(lambda v, i=i: v + i)
print([adders[0](10), adders[1](10), adders[2](10)])
G = 1
def setg():
    global G
    G = 42
setg()
print(G)
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec(25))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))
def noreturn():
    pass
print(noreturn())
def kwonly(*, a, b=3):
    return a * b
print(kwonly(a=2))
def posonly(a, b, /, c):
    return a + b + c
print(posonly(1, 2, c=3))
print((lambda: "lam")(), (lambda *a, **k: (a, k))(1, x=2))
def deco(fn):
    def wrapper(*a):
        return "<" + str(fn(*a)) + ">"
    return wrapper
@deco
def decorated(x):
    return x * 2
print(decorated(21))
print(f.__name__, decorated.__name__, outer(1).__qualname__)
