# super(): zero-argument forms, explicit forms, unbound super, diamonds
class A:
    def __init__(self):
        print("A.__init__")
        self.trail = ["A"]
    def who(self):
        return "A"
    @classmethod
    def make(cls):
        return "A.make(" + cls.__name__ + ")"
    @property
    def prop(self):
        return "A.prop"
    @staticmethod
    def stat(x):
        return "A.stat " + str(x)

class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.trail.append("B")
    def who(self):
        return "B>" + super().who()
    @classmethod
    def make(cls):
        return "B>" + super().make()
    @property
    def prop(self):
        return "B>" + super().prop

class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()
        self.trail.append("C")
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()
        self.trail.append("D")
    def who(self):
        return "D>" + super().who()

d = D()
print(d.trail, d.who(), D.make(), d.prop, super(D, d).stat(3))
print(super(B, d).who(), super(C, d).who(), super(D, D).make())
print(super(D, D).who(d), super(B, D).who(d))
s = super(B, d)
print(s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__, type(s).__name__)
u = super(B)
print(u.__thisclass__.__name__, u.__self__, u.__self_class__)
print(repr(super(B, d)).startswith("<super: <class 'B'>, <D object>"), repr(u))

class E(A):
    def get(self):
        return super().__getattribute__("prop"), super().__class__.__name__
print(E().get())

class F:
    @staticmethod
    def bad():
        return super()
try:
    F.bad()
except RuntimeError as e:
    print("RuntimeError:", e)

for args in [(B, 1), (1, d), ()]:
    try:
        super(*args)
    except TypeError as e:
        print("TypeError:", e)
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    super(D, d).missing
except AttributeError as e:
    print("AttributeError:", e)

class G(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
g = G()
g["x"] = 5
print(g["x"], dict(g), super(G, g).__len__(), super(G, g).get("x"))

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.called = True
        return inst
class H(metaclass=Meta):
    def __init__(self, v):
        self.v = v
h = H(4)
print(H.made_by, h.v, h.called)

class Inner:
    def method(self):
        def nested():
            return __class__
        return nested()
print(Inner().method().__name__)

class K:
    def m(self):
        del self
        return super().m
try:
    K().m()
except RuntimeError as e:
    print("RuntimeError:", e)
class L(A):
    def who(self):
        self = 5
        return super().who()
try:
    L().who()
except TypeError as e:
    print("TypeError:", e)
