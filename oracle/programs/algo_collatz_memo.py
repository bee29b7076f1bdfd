cache = {1: 1}
def length(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    base = cache[n]
    for i, v in enumerate(reversed(path), 1):
        cache[v] = base + i
    return cache[path[0]] if path else base
best = max(range(1, 30000), key=length)
print(best, length(best), len(cache) > 30000)
print([length(n) for n in range(1, 15)])
