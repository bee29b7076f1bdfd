for t in (list, tuple, dict, set, frozenset, range, type({}.keys()), type({}.items())):
    names = [n for n in dir(t) if not n.startswith("_")]
    print(t.__name__, len(names), " ".join(names))
    print("  dunders:", " ".join(n for n in dir(t) if n.startswith("__") and n not in ("__doc__",)))
