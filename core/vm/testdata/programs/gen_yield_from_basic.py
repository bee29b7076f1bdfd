def sub(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("sub got", x)
    return "sub-done-%d" % n

def outer():
    r = yield from sub(3)
    print("returned", r)
    r2 = yield from [10, 20]
    print("list returned", r2)
    return "outer-done"

print(list(outer()))
g = outer()
print(next(g))
print(g.send("hello"))
print(g.send("world"))
try:
    while True:
        print(next(g))
except StopIteration as e:
    print("stop", e.value)

# throw into a delegate that handles it
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", e)
            return "handled"

def deleg():
    r = yield from catcher()
    print("deleg got", r)
    yield "after"

g = deleg()
print(next(g))
print(g.throw(ValueError("boom")))

# throw that propagates
def deleg2():
    try:
        yield from catcher()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "recovered"

g = deleg2()
next(g)
print(g.throw(KeyError("k")))

# close propagates to the delegate
def noisy():
    try:
        yield 1
        yield 2
    finally:
        print("noisy closed")

def deleg3():
    try:
        yield from noisy()
    finally:
        print("deleg3 closed")

g = deleg3()
print(next(g))
g.close()
print("closed")

# nested delegation
def leaf():
    v = yield "leaf"
    return v * 2

def mid():
    r = yield from leaf()
    return r + 1

def top():
    r = yield from mid()
    yield r

g = top()
print(next(g))
print(g.send(20))

# yield from a non-generator iterator with send
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n)
        return self.n

def g5():
    r = yield from It()
    print("It returned", r)

print(list(g5()))

def g6():
    yield from It()

g = g6()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)

# throw to a delegate without throw method
def g7():
    try:
        yield from It()
    except RuntimeError as e:
        print("g7 got", e)
        yield "ok"
g = g7()
next(g)
print(g.throw(RuntimeError("rt")))

# yield from in expression
def g8():
    x = 1 + (yield from sub(1))
    print(x)

def sub1():
    yield 5
    return 41
def g9():
    x = 1 + (yield from sub1())
    yield x
print(list(g9()))

# exception raised inside the delegate propagates with traceback
def bad():
    yield 1
    raise ValueError("from bad")

def outer_bad():
    yield from bad()

try:
    list(outer_bad())
except ValueError as e:
    print("got", e)

# running check
def selfref():
    yield from gg
gg = selfref()
try:
    next(gg)
except ValueError as e:
    print("ValueError", e)

def sender():
    yield from bad()
g = sender()
next(g)
g.close()
print("closed sender")
