def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {"a": 1, "b": 2}
print(d | {"c": 3}, {"a": 0} | d)
e = d; e |= [("z", 9)]; print(d, e is d)
show(lambda: d | [1])
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
show(lambda: dict.fromkeys())
print(d.setdefault("a", 5), d.setdefault("q"), d)
print(d.popitem(), d)
show(lambda: {}.popitem())
show(lambda: dict([(1, 2), (3,)]))
show(lambda: dict([1]))
show(lambda: dict(1))
show(lambda: dict({}, {}))
print(dict(a=1, b=2), dict([("x", 1)], y=2), dict({"k": 1}, k=2))
class M:
    def keys(self): return ["p", "q"]
    def __getitem__(self, k): return k * 2
print(dict(M()))
d = {1: "a", 2: "b", 3: "c"}
k = d.keys(); v = d.values(); it = d.items()
print(k, v, it)
print(k & {2, 5}, k | [7], k - {1}, k ^ {3, 4}, [9] - k, {1} & k)
print(it & {(1, "a")}, it - {(2, "b")}, (1, "a") in it, (1, "b") in it, [1] in it)
print(k == {1, 2, 3}, k <= {1, 2, 3, 4}, k < {1, 2, 3}, k.isdisjoint([5]), it.isdisjoint({(1, "a")}))
print(list(reversed(d)), list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(len(k), 2 in k, "a" in v, v == v)
show(lambda: hash(k))
print(k.mapping)
try:
    for x in d:
        d[x + 10] = 1
except RuntimeError as e:
    print(e)
d = {1: 1}
try:
    for x in d:
        del d[x]
        d[5] = 5
except RuntimeError as e:
    print(e)
print({1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {1: [1]} == {1: [1]})
show(lambda: {}["missing"])
show(lambda: {}[("a", 1)])
show(lambda: {}.get())
show(lambda: {}.pop(1))
print({}.pop(1, "dflt"))
print(type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(reversed({})).__name__)
s = {1, 2, 3}
print(s.pop(), s.pop(), s)
show(lambda: set().pop())
s = {1, 2, 3, 4}; s.intersection_update([1, 2, 9], {2, 1}); print(s)
s = {1, 2, 3, 4}; s.difference_update([1], (2,)); print(s)
s = {1, 2, 3}; s.symmetric_difference_update([3, 4]); print(s)
s = {1, 2}; s.update([3], (4,), {5}); print(s)
s = {1, 2}; t = s; s |= {3}; s &= {1, 3}; s -= {1}; s ^= {7}; print(s, t is s)
f = frozenset([1, 2]); g = f; f |= {3}; print(f, g, type(f).__name__)
print({1} | frozenset([2]), frozenset([2]) | {1}, type(frozenset() & set()).__name__)
print(set(), frozenset(), {1, 2}, frozenset({1}), repr(set([3, 2, 1])))
print({1, 2} <= {1, 2}, {1} < {1, 2}, {1, 2} > {1}, {1}.issubset([1, 2]), {1, 2}.issuperset((1,)), {1}.isdisjoint("ab"))
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(["a"])) == hash(frozenset("a")))
show(lambda: {1}.remove(2))
show(lambda: {[]})
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
class S(set): pass
print(S([1]), S([1]) | {2}, type(S([1]).copy()).__name__)
print({1, 2} == frozenset({1, 2}), {frozenset({1})} , {1: 2}.keys() == {1})
