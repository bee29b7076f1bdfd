t = (1, "two", 3.0, None)
print(t, t[1], t[-1], t[1:3], len(t), t + (5,), t * 2, (1,), (), tuple([1, 2]))
print(t.index("two"), (1, 1, 2).count(1), 3.0 in t, hash((1, 2)) == hash((1, 2)))
a, b = 1, 2
a, b = b, a
print(a, b)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), max([(1, "b"), (1, "a")]))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    hash(([],))
except TypeError as e:
    print(e)
x = ([1],)
x[0].append(2)
print(x, type(()).__name__, repr((1,)), repr(((),)))
