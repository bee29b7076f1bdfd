def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(list[int], dict[str, int], tuple[int, ...], set[str], frozenset[int], list.__class_getitem__(int))
show(lambda: [] in {1})
show(lambda: {1}.__contains__([]))
s = {1, 2, 3}
print({1, 2}.union([3], (4,)), {1, 2, 3}.intersection([2, 3], {3}), {1, 2, 3}.difference([1], {2}), {1, 2}.symmetric_difference([2, 3]))
print(frozenset([1, 2]).union([3]), type(frozenset().union()).__name__, set().union(), {1}.intersection())
print(hash(frozenset(range(100))), hash(frozenset(["a", "b"])) == hash(frozenset(["b", "a"])), frozenset({frozenset({1})}))
print({1, 2} == {2, 1}, {1} != {1.0}, {1, 2} < {1, 2, 3}, frozenset({1}) <= {1}, set() >= set(), {1, 2}.isdisjoint({3}))
print(sorted({3, 1, 2}), len({1, 1.0, True}), {0, False, 0.0}, {(1, 2), (1, 2)}, {None, 0, ""} - {0})
d = {}
for i in range(20):
    d[i] = i * i
for i in range(0, 20, 2):
    del d[i]
print(d, list(d)[:3], len(d))
d2 = {k: v for k, v in d.items() if k > 10}
print(d2, d2 == {11: 121, 13: 169, 15: 225, 17: 289, 19: 361})
print(dict(zip("abc", range(3))), dict.fromkeys("aab", []), {**{"a": 1}, "b": 2, **{"a": 3}})
e = {1: 1, 2: 2}
print(e.pop(1), e.pop(5, None), e.get(2), e.setdefault(3, []), e, 3 in e, e.__contains__(9))
print(list(e.items())[0], list(e.keys()), list(e.values()), e.copy() == e, e.copy() is e)
class DD(dict):
    def __missing__(self, k):
        return k * 2
dd = DD(a=1)
print(dd["a"], dd["zz"], dd.get("zz"), type(dd | {}).__name__, type({} | dd).__name__)
print(str(range(0)), range(3)[-1], range(-10, -20, -3)[1:3], list(range(10)[3::3]), range(10).index(9), 10 in range(10))
r = range(1, 100, 7)
print(r[::-1][2], len(r[5:1:-1]), r.count(8), r.count(8.0), 15 in r, 15.0 in r, r[2:][1:][0])
print(slice(1, 5, 2).indices(3), slice(None, None, -1).indices(5), slice(-100, 100).indices(10), [1, 2, 3, 4][slice(-3, None)])
import sys
print(sys.maxsize + 1 in range(sys.maxsize + 2), range(2 ** 100).index(2 ** 99), range(0, 2 ** 100, 3)[10 ** 20])
