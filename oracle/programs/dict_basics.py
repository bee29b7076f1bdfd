d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("zz"), d.get("zz", 0), "a" in d, 2 in d)
print(d.pop("a"), d.pop("zz", "default"), d)
print(d.setdefault("x", []), d.setdefault("b", 99), d)
d.update({"y": 1}, z=2)
d.update([("w", 0)])
print(d)
print(d.popitem(), d)
d2 = dict(a=1, b=2)
print(d2, dict([(1, 2), (3, 4)]), dict.fromkeys("ab", 0), dict(zip("xy", [1, 2])))
print(d2 | {"c": 3}, {**d2, "a": 100})
d2 |= {"b": 20}
print(d2, d2 == {"b": 20, "a": 1}, d2.copy() is not d2)
del d2["a"]
d2.clear()
print(d2)
