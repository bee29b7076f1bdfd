def f():
    yield 1
x = [await y for y in range(3)]
