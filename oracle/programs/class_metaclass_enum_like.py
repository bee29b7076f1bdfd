# Metaclasses acting on their classes: __iter__/__len__/__getitem__/__contains__/__getattr__/__call__/__setattr__
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_")}
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            inst = object.__new__(cls)
            inst.name, inst.value = k, v
            cls._members[k] = inst
            setattr(cls, k, inst)
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
    def __contains__(cls, item):
        return item in cls._members.values()
    def __getattr__(cls, name):
        return "meta-getattr:" + name
    def __repr__(cls):
        return f"<enum {cls.__name__}>"
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")
class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value}>"
print(list(Color), len(Color), Color["RED"], Color.GREEN in Color, Color.missing, Color, Color(2))
try:
    Color(5)
except ValueError as e:
    print(e)
print(type(Color).__name__, isinstance(Color.RED, Color), bool(Color), str(Color))
class Sing(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Sing):
    def __init__(self):
        print("init once")
print(One() is One())
class AttrMeta(type):
    def __setattr__(cls, k, v):
        print("meta setattr", k)
        super().__setattr__(k, v)
class Z(metaclass=AttrMeta): pass
Z.q = 1
print(Z.q)
