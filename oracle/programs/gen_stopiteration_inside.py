def bad():
    yield 1
    raise StopIteration("oops")

g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print(e)

def gen():
    yield 1
    return 7
it = gen()
print(list(it), list(it))
print(list(bad()))
