def gen():
    x = yield 1
    yield x

g = gen()
print(g.__name__, g.__qualname__)
print(g.gi_running, g.gi_yieldfrom)
print(next(g))
print(g.gi_running)
def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__)

def closer():
    try:
        yield 1
    except GeneratorExit:
        return "closed value"
c = closer()
next(c)
print(c.close())
print(c.close())

def running():
    print("running inside:", r.gi_running)
    yield
r = running()
next(r)

def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "got " + repr(e)
t = thrower()
next(t)
print(t.throw(ValueError("v")))

t2 = thrower()
next(t2)
try:
    t2.throw(TypeError, TypeError("x"))
except TypeError as e:
    print("TypeError", e)

def fin():
    yield 1
f = fin()
print(f.close())
try:
    f.throw(ValueError("after close"))
except ValueError as e:
    print("after close", e)
try:
    next(f)
except StopIteration:
    print("exhausted")

g2 = gen()
try:
    g2.send(1)
except TypeError as e:
    print(e)

def retgen():
    return 5
    yield
try:
    next(retgen())
except StopIteration as e:
    print("value", e.value)

print(list(x * 2 for x in range(3)))
ge = (x for x in range(2))
print(ge.__name__, ge.__qualname__)
