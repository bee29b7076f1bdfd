class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, not {type(value).__name__}")
        setattr(obj, self.name, value)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class Rec:
    size = Typed()
    info = NonData()

r = Rec()
r.size = 5
print(r.size, type(Rec.size).__name__, r.info)
r.__dict__["info"] = "instance wins"
r.__dict__["size"] = "instance loses"
print(r.info, r.size)
try:
    r.size = "big"
except TypeError as e:
    print(e)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, t=None):
        return lambda *a: self.f(obj, *a)
class U:
    @Method
    def hello(self, x):
        return ("hello", x, type(self).__name__)
print(U().hello(1))
