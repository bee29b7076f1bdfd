# round/__round__, pow with modulus and keywords, ascii, chr/ord, hash, callable
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 2), round(R(), None))
print(round(2.675, 2), round(-1.5), round(0.5), round(7, -1), round(15, -1), round(1234.5678, -2), round(5.0))
print(round(1.5, None), round(25, -1), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
class NoRound:
    pass
for bad in [lambda: round(NoRound()), lambda: round("1"), lambda: round(), lambda: round(1.5, "x"),
            lambda: round(float("inf")), lambda: round(float("nan"))]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(base=2, exp=3), pow(2, exp=5, mod=7), pow(-2, 3, 5))
for bad in [lambda: pow(2, -1, 4), lambda: pow(2.0, 2, 3), lambda: pow(1, 2, 0), lambda: pow(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(ascii("héllo ✓ 𝄞"), ascii(["é", 1]), ascii("plain"), ascii(b"\xff"))
print(chr(65), chr(0x1F600) == "\U0001F600", ord("€"), ord(b"A"), ord(bytearray(b"z")))
for bad in [lambda: chr(0x110000), lambda: chr(-1), lambda: ord(""), lambda: ord("ab"), lambda: ord(3), lambda: chr(2**80)]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")))
for v in ([], {}, {1}, bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(e)
class C:
    def __call__(self):
        pass
print(callable(C), callable(C()), callable(len), callable(1), callable(lambda: 0))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), abs(-3), abs(-2.5), abs(True))
print(format(255, "x"), format("s", ">3"), format(1.5), format(3))
print(min([3, 1, 2]), max("abc"), min([], default="d"), max([1, 3, 2], key=lambda v: -v), min(4, 2, 8))
for bad in [lambda: min(), lambda: max([]), lambda: min(1, 2, default=0), lambda: max([1], foo=1), lambda: min(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
