def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["12", " -3 ", "+0", "0_1", "1__2", "0x1F", "١٢٣", "\u0661\u0662", "1e3", "", " ", "-", "0b102"]:
    show(lambda: int(s))
for s, b in [("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("017", 0), ("00", 0), ("z", 36), ("Z", 36), ("12", 2), ("0b1_1", 0), ("0_7", 8)]:
    show(lambda: int(s, b))
show(lambda: int("1", 1)); show(lambda: int("1", 37)); show(lambda: int(1, 10)); show(lambda: int("5", base=8))
show(lambda: int(3.7)); show(lambda: int(-3.7)); show(lambda: int(1e20)); show(lambda: int(float("inf"))); show(lambda: int(float("-nan")))
show(lambda: int([])); show(lambda: int(None)); show(lambda: int("x" * 250))
class A:
    def __int__(self): return 42
class B:
    def __index__(self): return 7
class C:
    def __trunc__(self): return 3
class D:
    def __int__(self): return "no"
show(lambda: int(A())); show(lambda: int(B())); show(lambda: int(D()))
print((10).bit_length(), (-255).bit_length(), (0).bit_length(), (2**100).bit_length(), (255).bit_count(), (-7).bit_count())
print((5).as_integer_ratio(), (-5).is_integer(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(2**70 + 2**69, -20))
print((7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__round__(), (7).__index__(), (7).__float__(), (True).__int__())
print(pow(3, 4, 5), pow(3, -1, 7), pow(2, 100, 10**9), pow(-3, 3), pow(2, -2), 2 ** 0.5, (-8) ** (1/3))
show(lambda: pow(2, -1, 4)); show(lambda: pow(2, 3, 0)); show(lambda: 1 << -1); show(lambda: 1 >> -1)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, divmod(-7, 2), divmod(7, -2), -(2**70) // 3, -(2**70) % 3, (2**70) % -3, divmod(-(2**70), 7))
show(lambda: 1 // 0); show(lambda: 1 % 0); show(lambda: divmod(1, 0)); show(lambda: 1 / 0); show(lambda: 2**70 // 0)
print(1 << 100, (1 << 100) >> 98, -1 >> 100, (-2**100) >> 99, 2**64 & -1, ~(2**70), -(2**70) | 1)
print(10**20 == 1e20, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 10**400 > float("inf"), -10**400 < -1e308, 10**20 / 3, 2**1000 / 2**999)
show(lambda: float(10**400)); show(lambda: 10**400 / 1.0); show(lambda: 10**400 * 1.0)
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2), (-2).to_bytes(2, "little", signed=True))
print(True + 1, True & False, True | 2, -True, ~False, True / 2, hash(True))
for s in ["1.5", " -2.5e3 ", "1_0.5", "inf", "-Infinity", "nan", ".5", "5.", "1e500", "1_.5", "1e", "0x1p3", "١.٥", ""]:
    show(lambda: float(s))
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer(), (2.5).conjugate(), (2.5).real, (2.5).imag)
show(lambda: float("inf").as_integer_ratio()); show(lambda: float("nan").as_integer_ratio())
print((1.5).hex(), (-0.1).hex(), (0.0).hex(), (1e-320).hex(), float("inf").hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x.1p-2"), float.fromhex("1"))
show(lambda: float.fromhex("0x1p5000")); show(lambda: float.fromhex("zz"))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3), round(1234.5, -1), round(1.5e300, -299), round(0.0, 2), round(-0.4))
show(lambda: round(float("inf"))); show(lambda: round(float("nan"))); show(lambda: round(1.7e308, -308))
print(7.5 // 2, -7.5 // 2, 7.5 % -2, -7.5 % 2, divmod(-7.5, 2), divmod(7, 2.5), 5.0 % 0.3, -0.0 % 5, 1e300 * 1e10)
show(lambda: 1.0 / 0); show(lambda: 1.0 // 0); show(lambda: 1.0 % 0); show(lambda: divmod(1.0, 0)); show(lambda: 0.0 ** -1); show(lambda: 10.0 ** 400)
print(repr(0.1 + 0.2), repr(1e16), repr(1e-5), repr(123456789012345678.0), str(1.0), repr(-0.0), 1e22, 1.5e-7, float(2**63))
print(int(1e18), 3.0 == 3, hash(3.0) == hash(3), hash(0.5), hash(-1.0), hash(float("inf")), hash(1e300))
print(complex(1, 2).conjugate(), (1+2j).real, (1+2j).imag, abs(3+4j), (1+2j) * (3-1j), (1+0j) ** 2, complex("1+2j"))
