class Foo:
    pass
print(repr(Foo), repr(int), repr(type), repr(object), repr(len), repr(str.join), repr(int.__add__))
print(repr(NotImplemented), repr(Ellipsis), repr(range(1, 5, 2)), repr(range(3)), repr(slice(1, None, 2)))
print(repr({}.keys()), repr({"a": 1}.values()), repr({"a": 1}.items()), repr(frozenset({1})), repr(set()))
print(repr(ValueError("x", 2)), repr(KeyError()), repr(SystemExit(0)), repr(StopIteration(1)))
print(repr([1.0, 1e100, -0.0, float("nan")]), repr((1,)), repr(()), repr([[], {}, set(), ()]))
print(repr(b"\x00"), repr(bytearray(b"x")), repr(memoryview(b"")).startswith("<memory at"), repr(1j), repr(-1j))
print(repr(type(None)), repr(type(...)), repr(type(NotImplemented)), repr(property).split()[0], repr(classmethod))
print(repr(str.__dict__["upper"]), repr(dict.fromkeys).split(" of ")[0], repr(bool), repr(True.__class__))
