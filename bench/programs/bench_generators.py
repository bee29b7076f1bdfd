# Generators: a pipeline of generator functions and generator expressions, yield from.
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(chs):
    for c in chs:
        yield from c


def run(n):
    squares = (x * x % 1000 for x in evens(numbers(n)))
    return sum(flatten(chunks(squares, 16)))


n = int(sys.argv[1]) if len(sys.argv) > 1 else 6000000
print(run(n))
