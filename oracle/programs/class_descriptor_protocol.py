# Descriptors on class attributes: data vs non-data, __set_name__, __delete__,
# properties (doc, setter/deleter, errors), classmethod/staticmethod
class Logged:
    def __set_name__(self, owner, name):
        self.public, self.private = name, "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Logged {self.public} of {objtype.__name__}>"
        print("get", self.public)
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        print("set", self.public, value)
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("delete", self.public)
        delattr(obj, self.private)

class Account:
    balance = Logged()
    def __init__(self, v):
        self.balance = v
a = Account(10)
a.balance += 5
print(a.balance, Account.balance, a.__dict__)
del a.balance
print(hasattr(a, "_balance"), "balance" in vars(a))

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")
class Const:
    answer = ReadOnly()
c = Const()
try:
    c.answer = 1
except AttributeError as e:
    print("AttributeError:", e)
c.__dict__["answer"] = 7
print(c.answer, Const.answer)

class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r * self.r
ci = Circle(2)
print(ci.area, ci.area, type(Circle.area).__name__)

class Temp:
    def __init__(self):
        self._c = 0
    def _get(self):
        "Celsius degrees."
        return self._c
    def _set(self, v):
        self._c = v
    c = property(_get, _set, None)
    @property
    def f(self):
        "Fahrenheit."
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
    k = property(doc="only a doc")
t = Temp()
t.f = 212
print(t.c, t.f, Temp.c.__doc__, Temp.f.__doc__, Temp.k.__doc__, Temp.f.fget.__name__, Temp.c.fdel)
for action in ("del f", "get k", "set k", "del c"):
    try:
        if action == "del f":
            del t.f
        elif action == "get k":
            t.k
        elif action == "set k":
            t.k = 1
        else:
            del t.c
    except AttributeError as e:
        print(action, "AttributeError:", e)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
p = property(lambda self: 1)
print(p.__get__(None, Temp) is p, p.__get__(t), type(p.getter(lambda s: 2)).__name__)

class Tools:
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def name(cls):
        return cls.__name__
class MoreTools(Tools):
    pass
print(Tools.add(1, 2), Tools().add(3, 4), MoreTools.name(), MoreTools().name())
sm = Tools.__dict__["add"]
cm = Tools.__dict__["name"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(5, 6), cm.__func__(Tools), cm.__get__(None, MoreTools)())
print(Tools.name.__self__.__name__, Tools.name.__func__.__name__)

class Meta(type):
    @property
    def kind(cls):
        return "meta-" + cls.__name__
class K(metaclass=Meta):
    pass
print(K.kind, hasattr(K(), "kind"))

class GetattrFallback:
    x = 1
    def __getattr__(self, name):
        return "fallback:" + name
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
g = GetattrFallback()
print(g.x, g.hidden, g.other)
class Guard:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set {name}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
gu = Guard()
gu.ok = 1
try:
    gu._no = 2
except AttributeError as e:
    print("AttributeError:", e)
del gu.ok
print(vars(gu))
