print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2, -2), pow(2.0, 0.5), pow(-8, 1 / 3).__class__.__name__, pow(3, 4, 5), pow(0, 0))
print(pow(38, -1, 97), 2 ** 3 ** 2, (-2) ** 2, -2 ** 2, 10 ** -1, 0 ** 0, 0.0 ** 0)
for bad in (lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(0, -1), lambda: pow(2, -1, 4), lambda: divmod("a", 1)):
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
