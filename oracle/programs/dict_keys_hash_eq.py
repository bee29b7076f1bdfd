d = {1: "int", 1.0: "float", True: "bool"}
print(d)
d = {(1, 2): "tuple", frozenset([1]): "fs", None: "none", -1: "neg", 2 ** 80: "big"}
print(d[(1, 2)], d[frozenset({1})], d[None], d[-1], d[2 ** 80])
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 3)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return f"Key({self.v})"
kd = {Key(1): "a", Key(4): "b"}
print(kd[Key(4)], len(kd), Key(7) in kd)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {}[[1]]
except TypeError as e:
    print(e)
try:
    kd[Key(10)]
except KeyError as e:
    print("KeyError", e)
