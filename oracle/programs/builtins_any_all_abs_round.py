print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
print(abs(-5), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(2 ** 70)))
print(round(3.14159, 2), round(2.5), round(-1.5), round(0.5), round(1.5), round(17, -1), round(25, -1), round(15, -1))
print(round(1e20), round(-0.45, 1), type(round(2.4)).__name__, type(round(2.4, 0)).__name__, round(7))
class R:
    def __round__(self, n=None):
        return f"rounded {n}"
print(round(R()), round(R(), 3))
try:
    abs("x")
except TypeError as e:
    print(e)
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round("1")
except TypeError as e:
    print(e)
