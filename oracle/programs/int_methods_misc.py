print((255).to_bytes(2, "big"), int.from_bytes(b"\xff\xfe", "little", signed=True), (1024).bit_length())
print(int.__name__, (5).__add__(3), (5).__radd__(3), (5).__truediv__(2), (5).__floordiv__(0) if False else "skip")
print((7).__index__(), int("10", base=2), int("  0b11  ", 0), int(b"42"), int(bytearray(b"17")))
print(abs(-7), -7 // 2, -7 % 2, round(-7 / 2), int(-7 / 2), 7 ** 0.5, divmod(-7, 2))
print((10).__eq__(10.0), (10).__eq__("10"), (10).__lt__(11), int.__mro__)
print(sum(range(1, 10 ** 6 + 1)), 3 * 10 ** 12 + 7, 1_000 * 1_000, 0xFF + 0o17 + 0b11)
print(int(1e18), int(1e19), 2 ** 31 - 1, -2 ** 31, 2 ** 63, 2 ** 64 - 1)
for bad in [lambda: (1).to_bytes(0, "big"), lambda: int("1", 37), lambda: (256).to_bytes(1, "big")]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
