class Eq:
    def __eq__(self, o):
        print("Eq.__eq__")
        return NotImplemented
a = Eq()
print(a == a, a != 1, a == 1)
class R:
    def __eq__(self, o):
        return "R.__eq__ result"
print(1 == R(), R() == 1, [R()] == [1])
class Rich:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"Rich({self.v})"
print(sorted([Rich(3), Rich(1), Rich(2)]), min(Rich(5), Rich(4)), Rich(1) > Rich(0))
try:
    Rich(1) <= Rich(2)
except TypeError as e:
    print(e)
