def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count(4)), sum(count(101)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", repr(e.value) if hasattr(e, "value") else e.args)
def echo():
    got = yield "first"
    while True:
        got = yield "got " + repr(got)
e = echo()
print(next(e), e.send(1), e.send("x"))
e.close()
print(list(x * 2 for x in range(5)), sum(v for v in [1, 2, 3] if v != 2))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
gen = guarded()
print(next(gen))
gen.close()
def catcher():
    while True:
        try:
            yield
        except ValueError as err:
            print("caught", err)
c = catcher()
next(c)
c.throw(ValueError("boom"))
c.throw(ValueError("again"))
print(type(count(1)).__name__, dict((k, k * k) for k in range(3)))
def stopper():
    yield 1
    raise StopIteration
try:
    list(stopper())
except RuntimeError as err:
    print("RuntimeError:", err)
