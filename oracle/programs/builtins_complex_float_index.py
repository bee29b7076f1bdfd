# complex() and float() fall back to __float__ then __index__ (3.13).
class I:
    def __index__(s): return 3
class F:
    def __float__(s): return 2.5
class C:
    def __complex__(s): return 1j
class FI:
    def __float__(s): return 2.5
    def __index__(s): return 3
class CF:
    def __complex__(s): return 1j
    def __float__(s): return 2.5
class BadC:
    def __complex__(s): return 1
class BadF:
    def __float__(s): return 1
class BadI:
    def __index__(s): return 1.5
class N: pass
for ctor in (complex, float):
    for cls in (I, F, C, FI, CF, BadC, BadF, BadI, N):
        try:
            r = ctor(cls())
            print(ctor.__name__, cls.__name__, repr(r), type(r).__name__)
        except Exception as e:
            print(ctor.__name__, cls.__name__, type(e).__name__, e)
for args in [(I(), I()), (1, I()), (I(), 1j), (F(), F()), ("1", I()), (I(), "1"), (N(),), (N(), 1), (1, N())]:
    try:
        print("complex", repr(complex(*args)))
    except Exception as e:
        print("complex", type(e).__name__, e)
