class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
d = DefaultDict(list)
d["a"].append(1)
d["b"]
print(d, isinstance(d, dict), d.get("zz"), "zz" in d)
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s + [4]).__name__, type(s[:1]).__name__)
class Celsius(float):
    def __repr__(self):
        return f"{float(self)}°C"
c = Celsius(21.5)
print(repr(c), c + 1, type(c + 1).__name__)
class Tag(str):
    def shout(self):
        return self.upper() + "!"
t = Tag("hey")
print(t.shout(), t == "hey", type(t.upper()).__name__, hash(t) == hash("hey"))
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
print(Even(7), Even(8) + 1, type(Even(3)).__name__)
class LoudTuple(tuple):
    pass
lt = LoudTuple((1, 2))
lt.note = "attrs allowed"
print(lt, lt.note)
