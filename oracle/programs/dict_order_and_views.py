d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d))
del d["alpha"]
d["alpha"] = 0
print(list(d))
d["zeta"] = 99
print(list(d.items()))
keys = d.keys()
d["new"] = 1
print(keys, len(keys), "new" in keys)
print(d.keys() & {"mid", "nope"}, d.keys() - {"zeta"} == {"mid", "beta", "alpha", "new"})
print(list(reversed(d)), list(reversed(d.values())))
try:
    for k in d:
        d["another"] = 1
except RuntimeError as e:
    print(e)
vals = d.values()
print(type(vals).__name__, 99 in vals)
print(dict(sorted(d.items(), key=lambda kv: kv[1])))
