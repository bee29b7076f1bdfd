f = lambda x: x.upper() + None
print(f("ok") if False else "go")
items = sorted(["b", "a"], key=lambda s: s + 1)
