import builtins
names = sorted(n for n in dir(builtins) if not n.startswith("_"))
print(len(names))
for i in range(0, len(names), 8):
    print(" ".join(names[i:i + 8]))
print(sorted(n for n in dir(builtins) if n.startswith("__") and n not in ("__loader__", "__spec__")))
