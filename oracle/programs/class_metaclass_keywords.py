# Class creation: metaclass=, __prepare__, class keywords, __init_subclass__
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], sorted(kw))
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, type(ns).__name__, ns.order, kw)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = list(ns.order)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("call", cls.__name__, args, kw)
        return super().__call__(*args, **kw)

class Base(metaclass=Meta, flavor="vanilla"):
    b = 1
    def f(self):
        return "f"
    a = 2
    def __init_subclass__(cls, /, tag=None, **kw):
        print("init_subclass", cls.__name__, tag, kw)
        super().__init_subclass__(**kw)
        cls.tag = tag

class Child(Base, tag="child"):
    z = 0

print(type(Base).__name__, type(Child).__name__, Base.order, Child.order, Child.tag)
c = Child()
print(c.f(), isinstance(Child, Meta), Meta.__mro__)

class Plain:
    pass
try:
    class Bad(Plain, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class M1(type):
    pass
class M2(type):
    pass
class A1(metaclass=M1):
    pass
class A2(metaclass=M2):
    pass
try:
    class C12(A1, A2):
        pass
except TypeError as e:
    print("TypeError:", e)
class M3(M1, M2):
    pass
class C3(A1, A2, metaclass=M3):
    pass
print(type(C3).__name__, [k.__name__ for k in C3.__mro__])

# the most derived metaclass wins even if a less derived one is given
class D1(A1, metaclass=type):
    pass
print(type(D1).__name__)

# three-argument type()
T = type("T", (Plain,), {"x": 5, "hello": lambda self: "hi " + type(self).__name__})
print(T.__name__, T.__qualname__, T.__module__, T.__bases__, T().hello(), T.x, T.__doc__)
for args in [("T",), ("T", (1,), {}), ("T", (), []), (1, (), {}), ("T", 5, {})]:
    try:
        type(*args)
        print("ok", len(args))
    except TypeError as e:
        print("TypeError:", e)

# __mro_entries__ and __orig_bases__
class Fake:
    def __mro_entries__(self, bases):
        return (Plain,)
class UsesFake(Fake()):
    pass
print(UsesFake.__bases__, type(UsesFake.__orig_bases__[0]).__name__)
print("__orig_bases__" in Child.__dict__)

# __set_name__ and __init_subclass__ ordering
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class Host:
    def __init_subclass__(cls):
        print("host init_subclass", cls.__name__, cls.field.name)
class Sub(Host):
    field = Named()
    other = Named()

# __class__ cell
class WithCell:
    def who(self):
        return __class__
print(WithCell().who() is WithCell)

class NoKw:
    pass
try:
    class X(NoKw, spam=1, eggs=2):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Base.__init_subclass__.__name__ if hasattr(Base.__init_subclass__, "__name__") else "?")
class Late(metaclass=Meta):
    pass
Late(1, k=2) if False else None
try:
    Late(1)
except TypeError as e:
    print("TypeError:", e)
