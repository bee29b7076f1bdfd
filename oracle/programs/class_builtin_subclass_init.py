# Builtin subclasses with their own __init__/__new__ signatures (list, dict, set, tuple, str, Exception)
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
n = Named("n", [1, 2])
print(n, n.name, len(n))
class Reg(dict):
    def __init__(self, owner, **kw):
        super().__init__(**kw)
        self.owner = owner
r = Reg("me", a=1)
print(r, r.owner)
class Bag(set):
    def __init__(self, label, *items):
        super().__init__(items)
        self.label = label
b = Bag("L", 1, 2, 2)
print(sorted(b), b.label)
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise E(4, "boom")
except E as e:
    print(e, e.code, e.args, repr(e))
class MyT(tuple):
    def __init__(self, *a):
        print("init", a)
try:
    MyT(1, 2)
except TypeError as e:
    print(e)
print(MyT([1, 2]))
class S(str):
    def __new__(cls, v, extra):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
s = S("hi", 3)
print(s, s.extra, s.upper())
