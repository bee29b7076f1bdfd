print(int("42"), int("  -17  "), int("1_000"), int("ff", 16), int("0x1F", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int(3.99), int(-3.99), int(True), int("١٢٣"))
print(int(2 ** 0.5 * 1e20))
for bad in ["", "1.5", "abc", "0x", " 1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("5", 1)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
class I:
    def __index__(self):
        return 7
print(int(I()), [0, 1, 2, 3, 4, 5, 6, 7][I()], bin(I()))
print(str(-0), repr(10 ** 20), 1_000_000)
