print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(7), round(15, -1), round(25, -1), round(0.125, 2), round(2.5, 0))
print(round(1e300) == int(1e300), round(-1.5), round(123.456, 1), round(-123.456, -1), round(5e-324, 2), round(1.23456789e10, -5))
print(divmod(7, -2), divmod(-7.5, 2), divmod(2**70, 3), pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(2.0, 3), pow(3, 4, -5), pow(3, -1, 7))
print(bin(10), oct(-8), hex(255), bin(0), hex(-1), hex(2**70))
print(any([0, "", None]), any(x > 2 for x in range(5)), all([1, "a"]), all([]), any([]), all(x < 3 for x in range(5)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(str, int))
for bad in [lambda: round(float("inf")), lambda: pow(2, 3, 0), lambda: divmod(1, "a"), lambda: hex(1.5), lambda: issubclass(1, int), lambda: pow(2, -1, 4)]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
