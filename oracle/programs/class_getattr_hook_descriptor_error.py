# __getattr__ runs whenever the default lookup raises AttributeError, including
# from a property getter or a descriptor's __get__ (also via a metaclass).
class P:
    @property
    def p(s): raise AttributeError("inner")
    def __getattr__(s, n): return lambda: "fallback " + n
class D:
    def __get__(s, o, t): raise AttributeError("desc")
class Q:
    d = D()
    __slots__ = ("x",)
    def __getattr__(s, n): return "fb " + n
class R(P):
    pass
class NoHook:
    @property
    def p(s): raise AttributeError("inner")
class Other:
    @property
    def p(s): raise ValueError("val")
    def __getattr__(s, n): return "fb " + n
for i in range(40):
    out = []
    out.append(P().p())
    out.append(P().p.__name__)
    out.append(R().p())
    out.append(Q().d)
    out.append(Q().x)
    out.append(getattr(P(), "p")())
    out.append(getattr(Q(), "d", "default"))
    out.append(hasattr(Q(), "d"))
    try:
        NoHook().p
    except AttributeError as e:
        out.append("AE " + str(e))
    try:
        Other().p
    except ValueError as e:
        out.append("VE " + str(e))
    if i in (0, 39):
        print(out)
class S:
    @staticmethod
    def f(): return 1
    @property
    def m(s):
        raise AttributeError("m")
    def __getattr__(s, n): return lambda *a: ("ga", n, a)
s = S()
for i in range(30):
    r = s.m(1, 2)
print(r)
class T(type):
    def __getattr__(c, n): return "meta " + n
    @property
    def cp(c): raise AttributeError("cp")
class U(metaclass=T): pass
print(U.cp, U.zz)
class A:
    def __getattr__(s, n): return "fb " + n
    @property
    def p(s): return {}["x"]
    @property
    def q(s): raise AttributeError("q")
    def __getattribute__(s, n):
        if n == "z": raise AttributeError(n)
        return object.__getattribute__(s, n)
a = A()
print(a.q, a.z)
try:
    a.p
except KeyError as e:
    print("KeyError", e)
class Desc:
    def __get__(s, o, t): raise AttributeError("desc")
class B:
    d = Desc()
    def __getattr__(s, n): return "fb " + n
print(B().d)
class P:
    @property
    def p(s): raise AttributeError("inner")
    def __getattr__(s, n): return "fb " + n
for n in ("p", "zz"):
    try: print(object.__getattribute__(P(), n))
    except AttributeError as e: print("AE", e)
class G:
    def __getattribute__(s, n):
        return object.__getattribute__(s, n)
    @property
    def p(s): raise AttributeError("inner")
    def __getattr__(s, n): return "via hook " + n
print(G().p, G().nope)
