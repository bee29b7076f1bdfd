class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"no {name!r} here")

l = Lazy()
print(l.real, l.dyn_value, getattr(l, "dyn_x"), hasattr(l, "other"), getattr(l, "other", "dflt"))
try:
    l.other
except AttributeError as e:
    print(e)

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

o = Logged()
o.x = 5
print(o.x)
del o.x
print(o.log)
class Frozen:
    __slots__ = ("a",)
    def __setattr__(self, n, v):
        raise AttributeError(f"cannot set {n}")
try:
    Frozen().a = 1
except AttributeError as e:
    print(e)
