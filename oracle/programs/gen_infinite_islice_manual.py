def naturals():
    n = 1
    while True:
        yield n
        n += 1

def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]

def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(take(15, primes()))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
