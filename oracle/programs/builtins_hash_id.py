print(hash(42), hash(-1), hash(1.0), hash(0.5), hash(()), hash((1, 2)), hash(True), hash(None) == hash(None))
print(hash("abc") == hash("abc"), hash(b"abc") == hash("abc".encode()), hash(frozenset()) == hash(frozenset()))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__, id(a) > 0)
class H:
    def __hash__(self):
        return 2 ** 70
print(hash(H()), hash(float("nan")) == hash(float("nan")) or "nan hashes differ by id")
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(e)
