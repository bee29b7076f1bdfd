def g():
    try:
        yield 1
        yield 2
    finally:
        return "from finally"
it = g()
print(next(it))
try:
    it.throw(ValueError("swallowed"))
except StopIteration as e:
    print("StopIteration with", e.value)
def gy():
    yield from g()
    return "outer"
print(list(gy()))
def inspect():
    sub = iter([1, 2])
    yield from sub
outer = inspect()
next(outer)
print(type(outer.gi_yieldfrom).__name__)
