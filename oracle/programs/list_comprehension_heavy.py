matrix = [[i * 4 + j for j in range(4)] for i in range(4)]
print(matrix)
print([row[i] for i, row in enumerate(matrix)], [list(c) for c in zip(*matrix)][0])
print([x for row in matrix for x in row if x % 5 == 0])
pairs = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 30) if a * a + b * b == c * c]
print(pairs)
words = ["apple", "Banana", "cherry", "date"]
print({w[0].lower(): w for w in words}, {len(w) for w in words}, [w for w in words if "a" in w.lower()])
print(sum(x * x for x in range(100)), [i for i in range(30) if all(i % d for d in range(2, i))][2:])
