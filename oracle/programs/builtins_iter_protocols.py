# iter(callable, sentinel), next(default), zip(strict), reversed, enumerate
import sys
data = iter([1, 2, 3, 0, 4])
it = iter(lambda: next(data), 0)
print(type(it).__name__, list(it), list(it))
calls = []
def src():
    calls.append(1)
    if len(calls) > 3:
        raise StopIteration
    return len(calls)
print(list(iter(src, None)))
print(next(iter([]), "empty"), next(iter([5]), "empty"))
g = (x for x in [1])
print(next(g), next(g, "done"), next(g, None))
for bad in [lambda: iter(1, 2), lambda: next(5), lambda: next([1]), lambda: iter(),
            lambda: iter(1, 2, 3), lambda: next(iter([]))]:
    try:
        bad()
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, e)
print(list(zip([1, 2], "ab", strict=True)), list(zip(strict=True)), list(zip([1], [2, 3])))
for args in [([1], [1, 2]), ([1, 2], [1]), ([1, 2], [1, 2], [3]), ([1], [2], [3, 4], [5])]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(e)
try:
    zip([1], foo=1)
except TypeError as e:
    print(e)
class Rev:
    def __reversed__(self):
        return iter("cba")
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
print(list(reversed(Rev())), list(reversed(Seq())), list(reversed(range(3))), list(reversed("ab")))
print(list(reversed({"a": 1, "b": 2})), list(reversed([1, 2])), list(reversed((1, 2))))
for bad in [lambda: reversed(NoRev()), lambda: reversed({1}), lambda: reversed(5), lambda: reversed()]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(list(enumerate("ab", 5)), list(enumerate("ab", start=-1)), list(enumerate(iterable="x")))
class Idx:
    def __index__(self):
        return 7
print(list(enumerate("a", Idx())), bin(Idx()), oct(Idx()), hex(Idx()), chr(Idx()))
m = map(lambda a, b: a * b, [1, 2, 3], [4, 5])
print(list(m), list(map(str, [])), list(filter(None, [0, 1, "", "x", None])))
f = filter(lambda v: v > 1, [1, 2, 3])
print(f.__next__(), next(f), list(f))
