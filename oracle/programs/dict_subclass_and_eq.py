class Ordered(dict):
    def __repr__(self):
        return "Ordered(" + super().__repr__() + ")"
    def __setitem__(self, k, v):
        super().__setitem__(k.lower() if isinstance(k, str) else k, v)
o = Ordered()
o["KEY"] = 1
o.update(OTHER=2)
print(o, dict(o), o == {"key": 1, "OTHER": 2}, type(o.copy()).__name__)
class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(c, c["z"], "z" in c, c.get("z"))
d1 = {"a": [1, 2], "b": {"c": None}}
d2 = {"b": {"c": None}, "a": [1, 2]}
print(d1 == d2, d1 != {"a": [1, 2]}, list(d1) == list(d2))
try:
    d1 < d2
except TypeError as e:
    print(e)
print({}.fromkeys(["x", "y"], []), dict({"a": 1}, a=2), dict(**{"k": "v"}))
