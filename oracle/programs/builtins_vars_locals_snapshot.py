# vars() and locals(): snapshots in functions, live namespaces elsewhere
def outer():
    a = 1
    def inner():
        b = 2
        snap = locals()
        return sorted(snap.items())
    c = [a]
    del c
    d = locals()
    d["zzz"] = 1
    return sorted(k for k in d), inner(), "zzz" in locals()
print(outer())
class K:
    x = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names, sorted(k for k in vars(K) if not k.startswith("__")))
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print(e)
try:
    vars(5)
except TypeError as e:
    print(e)
o = K()
o.y = 2
print(vars(o))
import math
print(vars(math) is math.__dict__, vars()["__name__"])
print(globals() is vars(), locals() is globals())
def g(p, *args, q=1, **kw):
    r = p
    return sorted(locals())
print(g(1, 2, q=3, z=4))
def unbound():
    before = sorted(locals())
    later = 1
    return before
print(unbound())
def closure():
    v = 10
    def use():
        return sorted(locals().items())
    return use
print(closure()())
