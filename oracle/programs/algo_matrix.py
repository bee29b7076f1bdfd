def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def mpow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e >>= 1
    return r

print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
print(mpow([[1, 1], [1, 0]], 90)[0][1])
m = [[2.0, 1.0], [0.5, 3.0]]
print(matmul(m, m), [list(r) for r in zip(*m)])
