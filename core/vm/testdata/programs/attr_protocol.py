class Base:
    pass
class Child(Base):
    def __init__(self, v):
        super().__init__()
        self.v = v
    def __repr__(self):
        return "Child(" + super().__repr__()[:7] + ")"
print(Child(1).v, repr(Child(2))[:13])
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
lg = Logged()
for i in range(3):
    lg.x = i
lg.y = 5
del lg.y
print(lg.log, lg.x, hasattr(lg, "y"))
class Dyn:
    def __getattr__(self, name):
        return "dyn:" + name
d = Dyn()
d.real = 1
print(d.real, d.missing, getattr(d, "other"))
class Spy:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secrets")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
s = Spy()
print(s.a, s.secret, s.zzz)
class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, tag):
        self.tag = tag
a = Single("a")
b = Single("b")
print(a is b, a.tag, type(a).__name__)
class Point:
    __slots__ = ()
    def __new__(cls, x):
        obj = object.__new__(cls)
        return obj
print(type(Point(1)).__name__)
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("failed", 7)
except E as e:
    print(e, e.code, e.args)
