it = iter([10, 20])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
print(type(iter("ab")).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter(range(2))).__name__)
print(type(iter({})).__name__, type(iter(set())).__name__, type(iter({}.items())).__name__)
d = iter({"a": 1, "b": 2}.items())
print(next(d), list(d))
try:
    iter(5, 6)
except TypeError as e:
    print(e)
print(list(iter([1, 2, 3])), next(iter("x")))
