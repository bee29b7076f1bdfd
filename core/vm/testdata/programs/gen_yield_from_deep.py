def tree(depth):
    if depth == 0:
        yield "leaf"
        return 1
    n = yield from tree(depth - 1)
    yield depth
    return n + 1

g = tree(400)
items = list(g)
print(len(items), items[:3], items[-3:])

def count(depth):
    if depth == 0:
        return 0
        yield
    return 1 + (yield from count(depth - 1))

def drive(gen):
    try:
        while True:
            next(gen)
    except StopIteration as e:
        return e.value
print(drive(count(300)))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))

def too_deep(n):
    yield from too_deep(n + 1)
try:
    next(too_deep(0))
except RecursionError as e:
    print("RecursionError")
