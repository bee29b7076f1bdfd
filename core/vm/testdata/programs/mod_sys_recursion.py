import sys


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


sys.setrecursionlimit(200)
d = depth(0)
print(150 < d < 200)
sys.setrecursionlimit(1000)
d = depth(0)
print(950 < d < 1000)


def deep(n):
    if n == 0:
        try:
            sys.setrecursionlimit(3)
        except RecursionError as e:
            return str(e)
        return 'no error'
    return deep(n - 1)


print(deep(10))
