for t in (int, float, complex, bool):
    names = [n for n in dir(t) if not n.startswith("_")]
    print(t.__name__, " ".join(names))
    print("  dunders:", " ".join(n for n in dir(t) if n.startswith("__") and n not in ("__doc__",)))
