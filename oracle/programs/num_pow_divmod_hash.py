print(pow(7, -1, 40), pow(-3, 5, 7), pow(10, 20, 1), pow(2, 10 ** 4, 10 ** 9 + 7), pow(5, 0, 3))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, -2)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(divmod(10 ** 30, -7), divmod(-10 ** 30, 7), divmod(7.5, -2), divmod(-0.0, 3), divmod(True, 2))
for a, b in [(1, 0), (1.0, 0), (2 ** 80, 0), (1, 0.0), (1j, 1)]:
    try:
        print(divmod(a, b))
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
class D:
    def __divmod__(self, o):
        return ("D", o)
    def __rdivmod__(self, o):
        return ("rD", o)
print(divmod(D(), 3), divmod(3, D()), (7).__divmod__(2), (7).__rdivmod__(30), (2.5).__divmod__(1))
print(2 ** -1, (-2) ** -3, 0.5 ** 0.5, 1.1 ** 10, 1.0001 ** 10000, 9 ** 0.5, (-27) ** (1 / 3), 10 ** 0.1)
print(hash((1, 2)), hash((1, (2, (3,)))), hash(("a",)) == hash(("a",)), hash(2 ** 64), hash(-2 ** 64), hash(1.5), hash(-0.5))
print(hash(frozenset({1, 2, 3})), hash(frozenset({-1, 0})), hash(slice(1, 2, 3)) == hash((1, 2, 3)), hash(range(3)) == hash(range(0, 3, 1)))
print(round(0.5), round(1.5), round(-1.5), round(2.675, 2), round(0.125, 2), round(12345.6789, -2), round(5e-324, 400), round(2 ** 100, -29))
print((12345).__round__(-2), (-12350).__round__(-2), (15).__round__(-1), (5).__round__(-1), (7).__round__(-100))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
print(1 << 70 >> 69, -(1 << 70) >> 200, (2 ** 70) ^ (2 ** 69), ~(-2 ** 70), (-5) & 0xFF, -(2 ** 65) % 1000)
try:
    1 << -2
except ValueError as e:
    print(e)
print(5 // -1.5, -5 % 1.5, 5.0 % -0.0 if False else "skip", 1e308 * 10, -1e308 * 10)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(e)
