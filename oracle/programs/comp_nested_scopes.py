def f(n):
    return [[(i, j) for j in range(i)] for i in range(n)]
print(f(4))
def g():
    x = 10
    return [lambda: x + i for i in range(3)]
print([h() for h in g()])
def h():
    items = [1, 2, 3]
    total = sum(v for v in items if v > min(items))
    return total
print(h())
class K:
    n = 3
    squares = [i * i for i in range(n)]
print(K.squares)
print({(i, c) for i, c in enumerate("aba")} == {(0, "a"), (1, "b"), (2, "a")})
print([(x, y) for x in range(3) if x for y in range(x) if y != 1])
print(sorted({k: v for k, v in zip("bca", range(3))}.items()))
