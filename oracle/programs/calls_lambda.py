sq = lambda x: x * x
print(sq(7), sq.__name__)
add = lambda a, b=10, *r, k=1, **kw: (a + b, r, k, kw)
print(add(1), add(1, 2, 3, k=5, z=6))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
print((lambda: (yield 1))().__class__.__name__)
print((lambda *a: a)(1, 2, 3))
