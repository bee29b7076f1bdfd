# __static_attributes__ and __firstlineno__ (compiled into the class body).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.x += 0
    def move(self):
        self.moved = True
        other = self
        other.ignored = 1
    def helper(this):
        this.not_self = 1
    def nested(self):
        def inner():
            self.from_inner = 1
        inner()
    def private(self):
        self.__hidden = 1

print(Point.__static_attributes__)
print(Point.__firstlineno__)

def decorate(cls):
    return cls

@decorate
class Decorated:
    pass
print(Decorated.__static_attributes__, Decorated.__firstlineno__)

class Child(Point):
    def extra(self):
        self.z = 0
print(Child.__static_attributes__, "__static_attributes__" in Child.__dict__)
print(sorted(k for k in Point.__dict__ if k.startswith("__") and k.endswith("__") and k not in ("__dict__", "__weakref__", "__doc__", "__init__")))
