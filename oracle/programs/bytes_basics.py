b = b"hello world"
print(b, b[0], b[-1], b[1:4], b[::-1], len(b), list(b[:3]))
print(b.upper(), b.split(), b.replace(b"l", b"L"), b.find(b"wor"), b.count(b"o"), b.startswith(b"he"))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), b"\x00\xff".hex(), bytes.fromhex("41 42"))
print(b"a" + b"b", b"ab" * 2, b"x" in b"xyz", 120 in b"xyz", b"abc" < b"abd", b"A".lower(), b"  s ".strip())
print(repr(b"'\"\n\t\x7f"), b"%d-%s" % (5, b"x"), b"-".join([b"a", b"b"]), b"a,b".split(b","))
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
try:
    b[0] = 1
except TypeError as e:
    print(e)
print(hash(b"abc") == hash(b"abc"), b"abc".decode(), b"\xe2\x82\xac".decode("utf-8"), bytes(b"x") is not None)
