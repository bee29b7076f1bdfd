class A:
    def __init__(self, v):
        self.v = v
    def f(self):
        return "A.f " + str(self.v)
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def helper(x):
        return x * 2
class B(A):
    def __init__(self, v, w=None):
        super().__init__(v)
        self.w = w
    def f(self):
        return "B.f+" + super().f()
    @classmethod
    def make(cls, v):
        obj = super().make(v)
        obj.w = "made"
        return obj
b = B(1, 2)
print(b.f(), b.v, b.w, A.helper(4), b.helper(5), A.make(3).f(), type(B.make(7)).__name__, B.make(7).w)
class C(B):
    def f(self):
        return "C.f+" + super(C, self).f()
print(C(9, 0).f(), C.__mro__)
class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    ro = property()
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(e)
try:
    t.ro
except AttributeError as e:
    print(e)
class Diamond(A):
    def f(self):
        return "D>" + super().f()
class Left(Diamond):
    def f(self):
        return "L>" + super().f()
class Right(Diamond):
    def f(self):
        return "R>" + super().f()
class Bottom(Left, Right):
    def f(self):
        return "B>" + super().f()
print(Bottom(0).f())
