a = [1, 2]
a.append(a)
d = {"k": a}
d["self"] = d
t = (a, d)
print(a, d, t, sep="\n")
s = {1}
print(repr(set()), repr(frozenset()), {1, 2}, frozenset({3}), {(1, 2): [3]})
print(range(5), range(1, 9, 2), slice(1, None), slice(None, 3, -1))
print({}.keys(), {1: 2}.values(), {1: 2}.items(), list({"a": 1}.items()))
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n
    def __repr__(self):
        return f"Key({self.n})"
m = {Key(1): "one", Key(2): "two"}
print(m[Key(2)], Key(3) in m, m)
inventory = {"apple": 3}
def take(name):
    return inventory[name]
print(take("apple"))
take(("pear", 2))
