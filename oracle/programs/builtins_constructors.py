print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray(), complex())
print(int("7"), float("7"), str(7), bool(7), list("ab"), tuple([1]), dict(a=1), set([1, 1]), frozenset("aa"))
print(str(1.0), str(b"x", "utf-8"), str(object)[:14], bytes("hi", "ascii"), bytearray(b"hi"))
print(type(int()).__name__, isinstance(str(), str), object() is not object(), slice(3), range(3))
print(list({"a": 1}.items()), dict([("a", 1)], b=2), tuple(x * 2 for x in range(3)))
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    list(5)
except TypeError as e:
    print(e)
try:
    str(b"x", "no-such-codec")
except LookupError as e:
    print(e)
