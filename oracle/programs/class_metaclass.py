class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        Registry.classes.append(name)
        return cls
    def __repr__(cls):
        return f"<class {cls.__name__} via Registry>"

class Base(metaclass=Registry):
    pass
class Derived(Base):
    x = 1
print(Registry.classes, Derived.created_by, type(Derived).__name__, Derived)
Dyn = type("Dyn", (Base,), {"y": 2, "f": lambda self: self.y * 10})
print(Dyn().f(), Dyn.__name__, Dyn.__mro__[1], Registry.classes)
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
E = type("E", (), {})
print(E.__name__, E.__bases__, E.__qualname__)
