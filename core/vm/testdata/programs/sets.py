s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, set(), type(s).__name__)
print({100, 7, 64, 9, 1000, -1, 33, 8, 16}, set(range(20, 0, -3)), set([5, 5, 1, 1]))
print({x % 7 for x in range(30)}, {(1, 2), (2, 1)}, {1.5, 2.25, 3.0})
a = set(range(0, 40, 3))
b = set(range(0, 40, 4))
print(a | b)
print(a & b, a - b, a ^ b)
print(a.union([1, 2]), a.intersection(range(10)), a.difference(b, {3}), sorted(a.symmetric_difference(b)))
s.add(10)
s.add(1)
s.discard(2)
s.discard(99)
s.remove(3)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
big = set()
for i in range(100):
    big.add(i * 7 % 101)
print(len(big), list(big)[:10])
for i in range(0, 100, 2):
    big.discard(i * 7 % 101)
print(len(big), list(big)[:10])
print({1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} > {1}, {1}.issubset([1, 2]), {1, 2}.issuperset({3}))
t = {1, 2}
t.update([3], {4})
u = t.copy()
t.clear()
print(t, u, set("hello") == {"h", "e", "l", "o"}, sorted({"b", "a", "c"}))
print({True, 1, 1.0}, {0, False}, {-1, -2, -3})
