class I(int):
    def __index__(self): return 9
print(int(I(4)), [0]*3 * True)
x = [1, 2, 3]
it = iter(x)
print(next(it)); x.clear(); print(list(it))
d = dict.fromkeys(range(5))
print(list(d.values()), d.popitem(), list(reversed(d.items())))
print(list(zip(*[iter(range(6))] * 2)), list(enumerate("ab", start=5)))
a = [3, 1, 2]
b = a
a += (4, 5)
a *= 2
print(b, a is b, [[]] * 2, [1, 2] * -1)
t = (1, 2, 3)
print(t[::-1], t[1:], t[::2], t[10:], t[-2:-1], tuple(reversed(t)), t.index(3, -1), t.count(4))
print(1 in t, [1] in [[1]], (1, 2) == (1, 2.0), (1, 2) < (1, 2, 0), (3,) > (2, 9, 9), max([(1, "b"), (1, "a")]))
