l = [3, 1, 2]
l.append(5)
print(l, len(l), l[0], l[-1], l[1:3], l[::-1])
l[0] = 10
print(l, l.pop(), l, l.pop(0), l)
l.extend((7, 8))
print(l, l + [1], [0] * 3, 3 in l, 4 in l, l == [1, 2, 7, 8], [1, 2] < [1, 3])
t = (1, "a", 2.5)
print(t, t[1], t[-1], len(t), t + (None,), (1,), (), t[::2], t == (1, "a", 2.5))
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, "z" in d, d.get("z"), d.get("z", 0))
del d["b"]
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v)
d2 = {}
for i in range(20):
    d2[i] = i * i
for i in range(0, 20, 3):
    del d2[i]
print(d2, len(d2))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), list(range(5)), tuple([1, 2]), list("abc"))
print(sorted([3, 1, 2]), sorted(["b", "a"], reverse=True), sorted([(2, 'a'), (1, 'b'), (2, 'c')], key=lambda p: p[0]))
print(min(3, 1, 2), max([4, 9, 2]), min("abc"), max([1, 5, 3], key=lambda x: -x), sum([1, 2, 3]), sum([0.5, 0.25]))
a, b = 1, 2
a, b = b, a
print(a, b)
[x, y, z] = "xyz"
print(x, y, z)
nested = [[1, 2], {"k": (3, 4)}]
print(nested, nested[1]["k"][0])
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): 3})
r = range(10, 0, -3)
print(r, list(r), len(r), r[1], list(range(0)), list(range(-3)))
