# Closures: nested functions reading and writing cells (nonlocal), lambdas, decorators.
import sys


def make_counter():
    count = 0

    def inc(k):
        nonlocal count
        count += k
        return count
    return inc


def compose(f, g):
    return lambda x: f(g(x))


def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper


def run(n):
    inc = make_counter()
    add3 = compose(lambda x: x + 1, lambda x: x + 2)

    @memo
    def sq(v):
        return v * v
    total = 0
    for i in range(n):
        total += inc(i & 3) + add3(i) + sq(i & 255)
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
print(run(n))
