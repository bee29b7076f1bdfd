print([x * x for x in range(6)])
print([x for x in range(10) if x % 2 if x > 2])
print([(x, y) for x in range(3) for y in "ab"])
print({k: len(k) for k in ["a", "bb", "ccc"]})
x = "outer"
print([x for x in range(3)], x)
def f(n):
    y = 10
    squares = [i * y for i in range(n)]
    i = "kept"
    again = [i for i in range(2)]
    return squares, i, again
print(f(4))
def nested(m):
    return [[r * c for c in range(m)] for r in range(m)]
print(nested(3))
def late():
    fs = [lambda: z for z in range(3)]
    return [g() for g in fs]
print(late())
class K:
    vals = [v + 1 for v in range(3)]
print(K.vals)
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row], sum([v * v for row in matrix for v in row]))
print({i: [j for j in range(i)] for i in range(3)})
