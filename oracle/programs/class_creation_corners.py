# Class creation corners: function metaclasses, __prepare__, __new__ returning other objects,
# __init_subclass__ in multiple inheritance, __set_name__ errors, assigned dunders
def meta_func(name, bases, ns, **kw):
    print("meta_func", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return 42
class X(metaclass=meta_func, extra=1):
    a = 1
print(X)
class M(type):
    def __prepare__(name, bases):
        return {"injected": 5}
class Y(metaclass=M):
    pass
print(Y.injected)
class Weird:
    def __new__(cls):
        return 7
    def __init__(self):
        print("never")
print(Weird())
class BadInit:
    def __init__(self):
        return 1
try: BadInit()
except TypeError as e: print(e)
class Outer:
    class Inner:
        def m(self): return super().__repr__()[:20]
        def f(self): pass
    def g(self):
        def h(): pass
        return h
print(Outer.Inner.f.__qualname__, Outer().g().__qualname__, Outer.Inner().m())
class A:
    def __init_subclass__(cls, **kw):
        print("A.isc", cls.__name__, kw)
class B:
    def __init_subclass__(cls, **kw):
        print("B.isc", cls.__name__, kw)
class C(A, B, k=1): pass
class D(B, A): pass
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class E:
        attr = Bad()
except ValueError as e:
    print("ValueError", e, getattr(e, "__notes__", None))
def deco(cls):
    cls.decorated = True
    return cls
@deco
class F: pass
print(F.decorated)
class Desc:
    def __get__(self, obj, owner):
        return (obj, owner.__name__)
class G:
    d = Desc()
print(G.d, G().d[1])
class H:
    x = 1
    def f(self): return __class__.x
print(H().f(), H.__dict__.get("__classcell__"))
try:
    class J(object, metaclass=3): pass
except TypeError as e: print(e)
class K(type):
    def __init__(cls, name, bases, ns, flag):
        super().__init__(name, bases, ns)
        cls.flag = flag
    def __new__(mcls, name, bases, ns, flag):
        return super().__new__(mcls, name, bases, ns)
class L(metaclass=K, flag="on"): pass
print(L.flag, type(L))
print(type(type), type.__class__, int.__class__, type(L).__class__)
class N:
    pass
N.method = lambda self: "added"
N.__repr__ = lambda self: "N!"
print(N().method(), repr(N()), N())
del N.__repr__
print(repr(N())[:10])
class O:
    __eq__ = None
print(O.__hash__ is not None)
class P:
    __hash__ = None
try: hash(P())
except TypeError as e: print(e)
class Q:
    __iter__ = None
try: iter(Q())
except TypeError as e: print(e)
