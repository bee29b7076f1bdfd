print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 * -3, not 1 == 2)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, 5 & 3 == 1, (5 & 3) == 1, ~1 + 1, -~5)
print(True or False and False, (True or False) and False, not True or True, 1 < 2 == 2)
print(3 if 0 else 4 if 0 else 5, [1, 2][0] + 1, "a" "b" * 2, -3 % 5, -(3 % 5), 7 // 2 * 2)
print(2 * 3 % 4, 2 * (3 % 4), 10 - 4 - 3, 2 ** -1 ** 2, 1 in [1] == True)
x = 5
print(x > 3 and "big" or "small", x < 3 and "big" or "small", (lambda: 1 if x else 2)())
