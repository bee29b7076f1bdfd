class Num:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        print("radd", o)
        return Num(o + self.v)
    def __iadd__(self, o):
        print("iadd", o)
        self.v += o
        return self
    def __rsub__(self, o):
        return Num(o - self.v)
    def __repr__(self):
        return f"Num({self.v})"

n = Num(5)
print(1 + n, 10 - n)
n += 3
print(n, sum([Num(1), Num(2)], 0) if False else sum([1, 2], 0))
class Sub(Num):
    def __add__(self, o):
        return "Sub.__add__"
    def __radd__(self, o):
        return "Sub.__radd__ preferred"
class Plain:
    def __add__(self, o):
        return "Plain.__add__"
print(Plain() + Sub(1))
class L:
    def __lt__(self, o):
        return "L.lt"
class G:
    def __gt__(self, o):
        return "G.gt"
print(L() < G(), G() > L(), 5 < L() if False else L() > 5 if False else "skip")
try:
    Num(1) < Num(2)
except TypeError as e:
    print(e)
