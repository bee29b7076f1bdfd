# Attributes of classes: names, bases, mro(), __subclasses__(), __doc__, unions,
# __instancecheck__/__subclasscheck__
class Base:
    "Base docs."
class Left(Base):
    pass
class Right(Base):
    pass
class Join(Left, Right):
    class Inner:
        pass
print(Join.__name__, Join.__qualname__, Join.Inner.__qualname__, Join.__module__, Base.__doc__, Left.__doc__)
print(Join.__bases__, Join.__base__, Base.__base__, object.__base__, object.__bases__)
print([c.__name__ for c in Join.__mro__], [c.__name__ for c in Join.mro()], type(Join.mro()).__name__)
print([c.__name__ for c in Base.__subclasses__()], Join.__subclasses__(), type.mro(Left) == list(Left.__mro__))
print(bool in int.__subclasses__(), Base in object.__subclasses__())
Join.__name__ = "Renamed"
Join.__qualname__ = "Outer.Renamed"
Join.__module__ = "elsewhere"
print(Join.__name__, Join.__qualname__, repr(Join), Join().__class__.__name__)
try:
    Join.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    int.__name__ = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    int.attr = 1
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(Base, Base):
        pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y(X): pass
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(int.__dict__).__name__, "__add__" in int.__dict__, "__dict__" in Base.__dict__)
print(int.__name__, int.__qualname__, int.__module__, type.__name__, type(type), type(object))

u = int | str
print(u, type(u).__name__, u.__args__, int | None, None | int, int | int, (int | str) | float, u == (str | int))
print(isinstance(1, u), isinstance(1.5, u), issubclass(bool, u), isinstance(None, int | None), list[int] | None)
try:
    int | 1
except TypeError as e:
    print("TypeError:", e)
for call in (lambda: isinstance(1, list[int]), lambda: issubclass(int, list[int]), lambda: isinstance(1, 1), lambda: issubclass(1, int)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, obj)
        return isinstance(obj, str)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is float
class StrLike(metaclass=Meta):
    pass
print(isinstance("x", StrLike), isinstance(3, StrLike), isinstance(StrLike(), StrLike), issubclass(float, StrLike))
print(isinstance(3, (StrLike, int)), issubclass(int, (StrLike,)))
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))
class Target: pass
class Proxy:
    @property
    def __class__(self):
        return Target
print(isinstance(Proxy(), Target), isinstance(Proxy(), Proxy), type(Proxy()).__name__, Proxy().__class__.__name__)
