s = {3, 1, 2}
s.add(4); s.add(1); s.discard(10); s.remove(2)
print(sorted(s), len(s), 3 in s, 2 in s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a >= {1}, a.isdisjoint({9}))
print(a.union([9]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference([4, 7]))
c = set(a)
c |= {10}; c &= {1, 10, 3}; c -= {3}
print(sorted(c), set(), set("aab") == {"a", "b"}, {0, 0.0, False})
print(s.pop() in {1, 3, 4}, set(range(5)), {i * i for i in range(-3, 4)})
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
try:
    {[1]}
except TypeError as e:
    print(e)
e = set()
print(e, repr(e), bool(e))
try:
    e.pop()
except KeyError as err:
    print(err)
