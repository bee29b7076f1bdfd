top = 1
print("top" in globals(), globals()["__name__"], type(globals()).__name__)
def f(a, b=2):
    c = 3
    loc = locals()
    return sorted(loc.items())
print(f(1))
def g():
    x = 1
    d = locals()
    d["x"] = 99
    return x
print(g())
globals()["dynamic"] = "set via globals()"
print(dynamic)
class K:
    attr = 1
    names = sorted(locals())
print(K.names)
print(locals() is globals())
