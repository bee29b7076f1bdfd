# Classes deriving from builtin types: values, methods, attributes, __new__
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
    def double(self):
        return MyInt(self * 2)
i = MyInt(21)
print(i, repr(i), i + 1, type(i + 1).__name__, i.double(), type(i).__name__, isinstance(i, int))
print(i == 21, hash(i) == hash(21), i.bit_length(), -i, abs(MyInt(-3)), i // 4, i % 4, divmod(i, 5), i ** 2)
print(f"{i:05d}", str(i), int(i), float(i), [10, 20, 30][MyInt(1)], {21: "x"}[i], bool(MyInt(0)))
i.label = "answer"
print(i.label, i.__dict__, MyInt("ff", 16), MyInt(), MyInt(3.9))

class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, value)
    def fahrenheit(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c, repr(c), c.fahrenheit(), c + 1, type(c + 1).__name__, c.is_integer(), round(c), c > 50, c == 100.0)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
n.tag = 1
print(n, repr(n), n.shout(), n + "by", type(n + "by").__name__, len(n), n[0], n == "bob", "o" in n, n.tag)
print({n: 1}["bob"], "-".join([n, n]), f"<{n}>", n.capitalize(), sorted([Name("b"), Name("a")]))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point{tuple.__repr__(self)}"
p = Point(1, 2)
print(p, p.x, len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)), list(p), p.count(1))
a, b = p
print(a, b, isinstance(p, tuple), type(p) is Point, Point.__mro__)

class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
s.name = "st"
print(s, s.peek(), len(s), s.pop(), s, type(s).__name__, s + [9], type(s + [9]).__name__, s.name)
s.sort(reverse=True)
print(s, s[1:], type(s[1:]).__name__, s == [3, 2, 1], Stack(), Stack("ab"))

class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"]
print(dd, len(dd), "a" in dd, dd.get("c"), dict(dd), isinstance(dd, dict), dd.factory)
try:
    DefaultDict(int).get
    dict.__getitem__(dd, "zz")
except KeyError as e:
    print("KeyError:", e)

class Counter(dict):
    def __getitem__(self, k):
        return super().get(k, 0)
cnt = Counter()
cnt["x"] = cnt["x"] + 1
print(cnt, cnt["y"], list(cnt.items()))

class Tags(set):
    pass
t = Tags([3, 1, 2])
t.add(4)
print(sorted(t), type(t).__name__, type(t | {5}).__name__, 3 in t, len(t))
class Frozen(frozenset):
    pass
f = Frozen([1, 2])
print(sorted(f), type(f).__name__, f == frozenset([1, 2]), hash(f) == hash(frozenset([1, 2])))

class Blob(bytes):
    pass
bl = Blob(b"abc")
print(bl, len(bl), bl.upper(), type(bl).__name__, bl[0], bl == b"abc")

class Flag(int):
    pass
try:
    class Bad(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Both(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(MyInt)
except TypeError as e:
    print("TypeError:", e)
try:
    int.__new__(str)
except TypeError as e:
    print("TypeError:", e)
print(int.__new__(MyInt, 7), type(int.__new__(MyInt, 7)).__name__, list.__new__(Stack), tuple.__new__(Point, (5, 6)))
print(sorted([MyInt(3), 1, MyInt(2)]), max(Flag(1), Flag(5)), sum([MyInt(1), MyInt(2)]))
