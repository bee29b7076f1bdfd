print(str(0), str(-5), str(10 ** 30), str(2.0), str(-0.0), str(1e-5), str(True), str(3 + 0j))
print(repr(1e-5), repr(0.00001234), repr(123e30), repr(float(2 ** 60)), repr(2.0 ** 60))
print(int("-0"), int("+42"), int("0o777", 8), int("0X1f", 16), int("1e3".split("e")[0]), float("1e3"))
print(f"{255:b}", f"{255:o}", f"{255:X}", f"{-255:#x}", f"{10**20:e}", format(10 ** 20, ".3g"))
print("%d" % 3.99, "%x" % 255, "%o" % 8, "%e" % 10 ** 20, "%s" % 10 ** 20, "%r" % 1.5, "%5.2s|" % "abc")
print(bin(5)[2:].zfill(8), int("00101", 2), hex(0)[2:], oct(0o644), "%08.3f" % -3.14159)
for s in ["12abc", "0b102", "١٢", "0x_1f", "1_", " 0o17 "]:
    for base in (0, 10, 16):
        try:
            print(s, base, int(s, base))
        except ValueError as e:
            print(s, base, "!", e)
