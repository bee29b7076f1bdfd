class Plugin:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Plugin.registry.append(cls.__name__)

class A(Plugin, tag="a"): pass
class B(Plugin): pass
print(Plugin.registry, A.tag, B.tag)

class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1, s2 = Singleton(1), Singleton(2)
print(s1 is s2, s1.v)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), type(Upper("x")).__name__, isinstance(Upper("x"), str))
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Weird())
try:
    class P(Plugin, unknown=1): pass
except TypeError as e:
    print(e)
