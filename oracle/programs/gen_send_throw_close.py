def acc():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print("caught in gen:", e)
            v = 0
        except GeneratorExit:
            print("closing at", total)
            raise
        if v is None:
            break
        total += v
    return total

g = acc()
print(next(g))
print(g.send(5), g.send(10))
print(g.throw(ValueError("bad")))
print(g.send(1))
g.close()
g.close()
try:
    g.send(1)
except StopIteration:
    print("exhausted")

g2 = acc()
next(g2); g2.send(3)
try:
    g2.send(None)
except StopIteration as e:
    print("returned", e.value)

g3 = acc()
try:
    g3.send(1)
except TypeError as e:
    print(e)
g4 = acc()
next(g4)
g4.throw(KeyError("unhandled"))
