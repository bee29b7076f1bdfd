import math

print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(30))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1), math.isqrt(True))
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(2 ** 100, 2 ** 64 * 3))
print(math.lcm(), math.lcm(0, 5), math.lcm(4, 6), math.lcm(2, 3, 4, 5), math.lcm(-4, 6), math.lcm(2 ** 70, 3))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50), math.comb(52, 5))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.prod(range(1, 11), start=2), math.prod(['a'], start=3))
print(math.prod([2 ** 40, 2 ** 40]), math.prod([True, True]))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [3, 4]), math.sumprod([], []))
print(math.sumprod([1.5, 2.5], [2.0, 4.0]), math.sumprod([10 ** 20, 1], [10 ** 20, 1]))
print(math.sumprod([0.1] * 10, [0.1] * 10), math.sumprod([1e308, -1e308], [1.0, 1.0]))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(math.factorial(Idx(5)), math.gcd(Idx(8), 12), math.isqrt(Idx(50)), math.comb(Idx(6), Idx(3)))
print(math.sqrt(Idx(16)), math.floor(Idx(3)) if False else 'skip')


class Fl:
    def __float__(self):
        return 2.25


print(math.sqrt(Fl()), math.floor(Fl()), math.ceil(Fl()))


class Rounds:
    def __floor__(self):
        return 'floor!'

    def __ceil__(self):
        return 'ceil!'

    def __trunc__(self):
        return 'trunc!'


r = Rounds()
print(math.floor(r), math.ceil(r), math.trunc(r))
