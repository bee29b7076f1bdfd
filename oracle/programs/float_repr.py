vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234,
        1.5e300 * 1e10, -0.0, 5e-324, 1.7976931348623157e308, 100.0, 2.5, 1e22, 1e21]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("nan"))
print(float("1e500"), float(" 3.25 "), float("-1_0.5"), float("infinity"), float(7))
print(3.0 * 1.1, 0.1 * 3, 1.1 + 2.2)
