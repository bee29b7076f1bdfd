counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].keys())
inv = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inv, dict.fromkeys(range(3)), {i: i ** 2 for i in range(5) if i % 2})
merged = {"a": 1} | {"a": 2, "b": 3}
print(merged, {**merged, **{"c": 4}}, list(merged.items())[-1])
d = {"k": 1}
print(d.pop("k"), d, d.get("k", "gone"), len({"x": 1, "x": 2}), {"x": 1, "x": 2})
print({1: "a"} == {1: "a"}, {1: "a"} == {1: "b"}, {1: 2, 3: 4} == {3: 4, 1: 2}, list({3: 4, 1: 2}))
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], big[999])
try:
    {}.popitem()
except KeyError as e:
    print(e)
