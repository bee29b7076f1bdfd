# frozenset: construction, hashing, operators with set interop, methods.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = frozenset([1, 2, 3, 4])
b = frozenset({3, 4, 5})
s = {4, 5, 6}
print(a, b, frozenset(), frozenset(range(10)), frozenset('aa'), frozenset([(1, 2), (1, 2)]), frozenset({1: 2}))
print(len(a), 2 in a, 9 in a, sorted(a), list(frozenset([3, 1, 2])), bool(frozenset()), bool(a))
print(a | b, a & b, a - b, a ^ b, b - a)
print(a | s, a & s, a - s, a ^ s, type(a | s).__name__, type(a & s).__name__)
print(s | a, s & a, s - a, s ^ a, type(s | a).__name__, type(s - a).__name__)
print(a.union(b), a.union([7], (8,)), a.intersection(s), a.difference([1], {2}), a.symmetric_difference(range(3)), type(a.union()).__name__)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([9]), a.isdisjoint(s), frozenset().isdisjoint([]), s.isdisjoint(a))
print(a == frozenset([4, 3, 2, 1]), a == {1, 2, 3, 4}, {1, 2, 3, 4} == a, a != b, a < frozenset(range(5)), a <= a, a > frozenset([1]), a >= s, b < s)
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset(range(100))), hash(frozenset([(1, 2), 3.5, -1])))
print(hash(a) == hash(frozenset([4, 3, 2, 1])), hash(frozenset([frozenset([1])])))
d = {a: 'a', frozenset(): 'empty'}
print(d[frozenset([1, 2, 3, 4])], d[frozenset()], frozenset([1]) in {frozenset([1])}, {frozenset([1, 2]), frozenset([2, 1])})
print(frozenset([frozenset([1, 2]), frozenset()]), set([frozenset([3])]), {frozenset([1]): 1})
c = a
c |= s
print(c, a, c is a, type(c).__name__)
x = {1, 2}
x |= frozenset([3])
x -= frozenset([1])
print(x, type(x).__name__)
print(a.copy() is a, frozenset(a) is a, type(frozenset(s)).__name__, frozenset(s) == s)
print(frozenset([100, 1, 50, 8, 16, 33]), frozenset(range(20, 0, -3)), frozenset([-1, -2, 2**40]))
print(repr(frozenset([1.5, 2.5])), str(frozenset([None])), frozenset([True, 1, 1.0]))
print(isinstance(a, frozenset), isinstance(a, set), type(a).__name__, frozenset.__name__)
class F(frozenset):
    pass
f = F([1, 2])
print(repr(f), type(f).__name__, type(f | a).__name__, f == frozenset([1, 2]), hash(f) == hash(frozenset([1, 2])))
t('unhashable-item', lambda: frozenset([[1]]))
t('not-iterable', lambda: frozenset(1))
t('two-args', lambda: frozenset([1], [2]))
t('kw', lambda: frozenset(x=1))
t('add', lambda: a.add(1))
t('or-list', lambda: a | [1])
t('lt-list', lambda: a < [1])
t('sub-int', lambda: a - 1)
t('isdisjoint-int', lambda: a.isdisjoint(1))
t('issubset-int', lambda: a.issubset(1))
t('set-hash', lambda: hash({1}))
t('copy-arg', lambda: a.copy(1))
class Items(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
it = Items(3, 1, 2)
print(repr(it), type(it).__name__, len(it), 2 in it, type(it | {9}).__name__, hash(it) == hash(frozenset([1, 2, 3])))
print({1} in {frozenset({1})}, {2} in {frozenset({1})}, set() in frozenset([frozenset()]))
