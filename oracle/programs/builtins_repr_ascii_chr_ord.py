print(repr("x"), repr(1.0), repr([1, "a"]), repr({"k": (1,)}), repr({1}), repr(range(3)), repr(None))
print(ascii("héllo ☃ 𝄞"), ascii([1, "é"]), ascii(b"x"))
print(chr(65), chr(0x263A), chr(0x10FFFF) == "\U0010ffff", ord("a"), ord("€"), ord("𝄞"))
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: ord(5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bin(10), oct(10), hex(10), bin(0), hex(-1), oct(-8), bin(2 ** 70)[:12])
try:
    hex(1.5)
except TypeError as e:
    print(e)
