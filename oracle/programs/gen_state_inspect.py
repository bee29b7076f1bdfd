def g():
    yield 1
    yield 2

gen = g()
print(gen.gi_running, gen.gi_frame is not None)
next(gen)
print(gen.gi_frame.f_lineno, gen.gi_suspended)
list(gen)
print(gen.gi_frame)
print(iter(gen) is gen)

def pipeline():
    nums = (n for n in range(1, 20))
    evens = (n for n in nums if n % 2 == 0)
    squares = (n * n for n in evens)
    return list(squares)
print(pipeline())
