# List work: indexing, slicing, append/pop, in-place updates, a sieve and a 2-D grid walk.
import sys


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return flags


def grid_walk(size, steps):
    grid = [[0] * size for _ in range(size)]
    x = y = 0
    for s in range(steps):
        grid[y][x] += 1
        x = (x + s % 3 + 1) % size
        y = (y + (s >> 2) % 2) % size
    return max(max(row) for row in grid)


def run(n):
    flags = sieve(n)
    primes = [i for i, f in enumerate(flags) if f]
    stack = []
    for p in primes:
        stack.append(p)
        if p % 4 == 3:
            stack.pop()
    return len(primes), sum(stack[-10:]), grid_walk(64, n)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2400000
print(run(n))
