import builtins
builtins.__dict__.setdefault("_once_loads", 0)
builtins._once_loads += 1
loads = builtins._once_loads
counter = "module body ran"
print("once.py body, load", loads)
