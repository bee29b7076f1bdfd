def make_gen_factory(scale):
    def gen(n):
        for i in range(n):
            yield i * scale
    return gen
g3 = make_gen_factory(3)
print(list(g3(4)), list(make_gen_factory(-1)(3)))
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    while count < 3:
        bump()
        yield count
print(list(counter_gen()))
adders = {name: (lambda k: lambda x: x + k)(k) for name, k in [("one", 1), ("ten", 10)]}
print(adders["one"](5), adders["ten"](5))
def accumulate(xs):
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return [add(x) for x in xs]
print(accumulate([1, 2, 3, 4]))
