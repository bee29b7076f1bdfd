# sum(): int and float fast paths, compensated float sum, start, errors
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100, 1.0]))
print(sum(range(101)), sum([True, True, False]), sum([2 ** 62, 2 ** 62, 2 ** 62]))
print(sum([1, 2.5, 3]), sum([1.5, 2, True]), sum([], 7), sum([], start=0.5))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([1, 2], start=10))
print(sum([float("inf"), 1.0]), sum([float("inf"), float("-inf")]))
print(sum(x * x for x in range(5)), sum(iter([1, 2, 3])))
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
print(sum([Num(1), Num(2)]).v, sum([Num(1), 5], Num(0)).v)
print(sum([1, 2**64, 3]), sum([1.0, 2**64]))
for bad in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([], bytearray()),
            lambda: sum(5), lambda: sum([1, "x"]), lambda: sum(), lambda: sum([1], 2, 3),
            lambda: sum(iterable=[1])]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
