print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer())
print((1.0).hex(), (0.1).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print(float.__getformat__("double"))
print(int(1e20), int(-2.5), float(10 ** 20), float(True))
print(1.5.real, 1.5.imag, 1.5.conjugate())
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), type(math.floor(2.5)).__name__)
try:
    (1.5).as_integer_ratio.__call__(1)
except TypeError as e:
    print(e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(e)
