b = b"The Quick Brown Fox"
print(b.lower(), b.swapcase(), b.title(), b.center(25, b"*"), b.zfill(22), b.ljust(21, b"."))
print(b.split(b" ", 1), b.rsplit(maxsplit=1), b.partition(b"Quick"), b.isalpha(), b"123".isdigit(), b"ab".isupper())
print(b.index(b"Fox"), b.rindex(b"o"), b.endswith(b"Fox"), b.translate(None, b"aeiou"), bytes(reversed(b"abc")))
print(b"%5s|%-5s|%x" % (b"ab", b"cd", 255), b"{}" + b"%b" % b"bytes", b"\t".join([b"a", b"b"]).expandtabs(4))
print(b[0:3] == b"The", b[::-2], b"x" * 3, b.count(b"o"), list(b"\x00\x7f\xff"), b"abc".hex(":"), bytes.fromhex("00ff7f"))
print(repr(bytes(range(30, 40))), repr(b"\\"), b"a\x00b".split(b"\x00"), b"caf\xc3\xa9".decode(), "café".encode("utf-16-le"))
try:
    b"abc".index(b"z")
except ValueError as e:
    print(e)
try:
    bytes("str")
except TypeError as e:
    print(e)
print(sorted([b"b", b"a", b"ab"]), min(b"hello"), b"ab" < b"b", bytes(2) + bytearray(b"x"))
