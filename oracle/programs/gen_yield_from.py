def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield from range(2)
    yield from ["a", "b"]
    return "done"

g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))

def delegating_throw():
    try:
        yield from inner()
    except KeyError as e:
        yield f"handled {e}"

d = delegating_throw()
next(d)
print(d.throw(KeyError("k")))

def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
