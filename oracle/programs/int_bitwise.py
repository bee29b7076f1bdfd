print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, ~5, ~-1)
print(-5 & 0xFF, -1 >> 10, -16 >> 2, 1 << 0, 5 << 3)
print(bin(-10), oct(64), hex(255), hex(-255))
print((2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1, -(2 ** 70) ^ 3)
print((10).bit_count(), (-10).bit_count())
try:
    1 << -1
except ValueError as e:
    print(e)
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
