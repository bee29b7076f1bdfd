# __slots__ on variable-size bases, __len__ results, int.from_bytes(str).
for base in (int, bytes, tuple, str, float, list, dict):
    for slots in (("x",), ("__dict__",), ()):
        try:
            class X(base):
                __slots__ = slots
            print(base.__name__, slots, "ok")
        except TypeError as e:
            print(base.__name__, slots, e)
class A(int):
    pass
try:
    class B(A):
        __slots__ = ("x",)
except TypeError as e:
    print(e)
for r in (2**70, -2**70, 1.5, True, -1, 7):
    class Q:
        def __len__(self):
            return r
    try:
        print(len(Q()))
    except Exception as e:
        print(type(e).__name__, e)
class S(str):
    pass
for src in ("x", S("x"), 1, [1, 2], b"\x01\x02"):
    try:
        print(int.from_bytes(src, "big"))
    except TypeError as e:
        print(e)
for expr in ("[None] * 2**62", "(1,) * 2**62", "'ab' * 2**62"):
    try:
        eval(expr)
    except MemoryError as e:
        print(type(e) is MemoryError, repr(str(e)))
