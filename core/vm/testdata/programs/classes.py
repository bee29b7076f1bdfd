class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __len__(self):
        return 2
p = Point(3, 4)
q = Point(1, 2)
print(p, p.norm2(), p + q, p == Point(3, 4), p != q, len(p), Point.count)
print(p.x, getattr(p, "y"), hasattr(p, "z"), getattr(p, "z", "none"))
p.z = 5
setattr(p, "w", 6)
print(p.z, p.w, isinstance(p, Point), isinstance(1, Point), isinstance(True, int))
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"
for a in [Animal("generic"), Dog("rex"), Puppy("bit")]:
    print(a.speak(), type(a).__name__, isinstance(a, Dog))
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__name__, Dog.__qualname__)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.__mro__)
class Counter:
    def __init__(self):
        self.items = {}
    def add(self, k):
        self.items[k] = self.items.get(k, 0) + 1
        return self
c = Counter()
for w in "the cat the dog the end".split():
    c.add(w)
print(c.items)
class WithStr:
    def __str__(self):
        return "str!"
print(WithStr(), str(WithStr()), [1, WithStr()] if False else "x")
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __contains__(self, v):
        return v in self.xs
    def __lt__(self, other):
        return self.xs < other.xs
v = Vec(1, 2, 3)
v[0] = 9
print(v[0], v[-1], 2 in v, 7 in v, Vec(1) < Vec(2), Vec(3) > Vec(2))
print(type(p) is Point, type(1), type("s"), type(None), type(Point), int, Point.norm2(p))
