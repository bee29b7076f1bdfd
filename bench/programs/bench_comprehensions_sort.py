# Comprehensions and sorting: list/dict/set comprehensions, sorted with keys, tuples.
import sys


def run(rounds):
    acc = 0
    for r in range(rounds):
        xs = [(i * 7919 + r) % 10007 for i in range(2000)]
        pairs = [(x % 100, -x, str(x)) for x in xs if x & 1]
        pairs.sort()
        by_mod = {x % 97: x for x in xs}
        uniq = {x // 10 for x in xs}
        ranked = sorted(xs, key=lambda v: (v % 13, v), reverse=True)
        acc += pairs[0][1] + len(by_mod) + len(uniq) + ranked[0] + sum(sorted(xs)[:10])
    return acc


n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
print(run(n))
