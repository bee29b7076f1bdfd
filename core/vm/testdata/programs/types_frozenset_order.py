# set/frozenset iteration order and hashes after adds, discards (dummy slots),
# operators and methods with set and non-set arguments: CPython's table algorithm.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

for trial in range(80):
    s = set()
    for step in range(rnd(60) + 1):
        k = rnd(200) - 50
        if rnd(3) == 0:
            s.discard(k)
        else:
            s.add(k)
    f = frozenset(s)
    o = set(rnd(100) for _ in range(rnd(30)))
    l = [rnd(100) for _ in range(rnd(30))]
    print(s, f, hash(f), list(frozenset(s | o)))
    print(s ^ o, o ^ f, s - o, f - o, o - s, s | o, s & o, f & o)
    print(s.difference(l), f.difference(l, [1], o), s.symmetric_difference(l), f.intersection(l, o), s.union(l, o), f.issubset(l), s.isdisjoint(l))
