a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, a * b)
print(a // 7, a % 7, -a // 7, -a % 7)
print(divmod(b, a), divmod(-b, a))
print(10 ** 50 // 10 ** 48, (10 ** 30 + 1) * (10 ** 30 - 1))
f = 1
for i in range(1, 41):
    f *= i
print(f, len(str(f)))
print(pow(3, 200, 1000007), pow(2, -1, 7))
print(-(2 ** 64), abs(-(2 ** 64)), (2 ** 64) >> 3, 1 << 70)
print((2 ** 100).bit_length(), (255).bit_length(), (-1).bit_length())
print(2 ** 64 == 18446744073709551616, 2 ** 63 - 1 > 2 ** 62)
