for s in ["1_000.5", "  \t-1.5e-3\n", "+.5", "5.", "1e5", "1E-5", "INF", "-inFinity", "+nan", "\u0665.\u0660", "١٠", "0.1e1_0"]:
    print(repr(s), float(s))
for s in ["", " ", "1_", "_1", "1__0", "1._5", "1.5e", "e5", ".", "0x10", "1,5", "inf inity", "nan1", "١x"]:
    try:
        float(s)
    except ValueError as e:
        print(e)
for bad in [None, [], "1".encode() + b"\xff"]:
    try:
        print(float(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __float__(self):
        return "x"
print(float(F()), float(I()), float(b"1.5"), float(bytearray(b" 2 ")))
try:
    float(Bad())
except TypeError as e:
    print(e)
for x in [0.1, -2.5, 1e-310, 1e300, 0.0, -0.0, 3.0, float("inf"), float("-inf"), float("nan")]:
    print(x.hex(), float.fromhex(x.hex()) == x or x != x)
for s in ["0x1p-1074", "0x1p-1075", "0x1.00000000000008p0", "0x1.00000000000018p0", "-0X1.8P+1", " 0x.1 ", "1.8p1", "0x1p1023"]:
    print(s.strip(), float.fromhex(s))
for s in ["0x1p1024", "0x", "0xg", "0x1p", "1.2.3"]:
    try:
        float.fromhex(s)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((0.25).as_integer_ratio(), (1e100).as_integer_ratio()[1], (-3.0).as_integer_ratio(), (5e-324).as_integer_ratio()[1].bit_length())
print((2.0).is_integer(), (2.5).is_integer(), float("inf").is_integer(), (1.5).conjugate(), (1.5).real, (1.5).imag)
print((2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (3.5).__round__(), (2.55).__round__(1), (2.5).__int__())
print(float.__getformat__("double"), (1.5).__getnewargs__())
float.fromhex("0x1p99999")
