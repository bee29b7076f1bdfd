for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, 3)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(7 // 2.0, -7 % 2.5, 2 ** -1, (-8) ** (1 / 3) if False else "skip")
print(10 / 4, 10 // 4, 9 / 3, type(9 / 3).__name__)
for op in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 / 0):
    try:
        op()
    except ZeroDivisionError as e:
        print(e)
