s = set(range(10))
evens = {x for x in s if x % 2 == 0}
s -= evens
print(sorted(s), sorted(evens), s.isdisjoint(evens), s | evens == set(range(10)))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(e)
a = {1, 2, 3}
a.update([4], (5,), {6: 0})
a.intersection_update(range(2, 10))
a.difference_update({5})
a.symmetric_difference_update({2, 9})
print(sorted(a), a == {3, 4, 6, 9}, a != {3}, {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {3} > set())
print(set([1, 2]) == frozenset([1, 2]), {frozenset({1}), frozenset({1})}, len({(1, 2), (1, 2), (2, 1)}))
c = a.copy()
c.discard(3)
print(sorted(c), sorted(a), {None, 0, ""} - {0}, sorted({-1, 5, -10, 3}))
print(sorted({True, 1, 1.0, 2}), {1.5, 3} & {3.0}, max({3, 7, 1}), sum({1, 2, 3}))
