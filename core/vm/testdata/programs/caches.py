# Inline caches must notice every change they depend on.
class A:
    def m(self):
        return "A.m"
def call_all(objs):
    out = []
    for o in objs:
        out.append(o.m())
    return out
a = A()
print(call_all([a] * 3))
A.m = lambda self: "patched"
print(call_all([a] * 2))
a.m = lambda: "instance"
print(call_all([a, A()]))
class B(A):
    pass
b = B()
print(call_all([b, b]))
A.m = lambda self: "base changed"
print(call_all([b, b]))
class P:
    def __init__(self, x):
        self.x = x
def get_x(objs):
    return [o.x for o in objs]
ps = [P(i) for i in range(3)]
print(get_x(ps))
ps[1].y = 5
print(get_x(ps))
P.x = property(lambda self: "prop")
print(get_x(ps))
def setter(objs, v):
    for o in objs:
        o.z = v
class Q:
    pass
qs = [Q(), Q()]
setter(qs, 1)
setter(qs, 2)
print([q.z for q in qs])
Q.z = property(lambda self: "ro")
try:
    setter(qs, 3)
except AttributeError as e:
    print("AttributeError", e)
g = 1
def read_g():
    return g
print(read_g(), read_g())
g = 2
print(read_g())
del g
try:
    read_g()
except NameError as e:
    print(e)
len = lambda x: "shadowed"
print(read_g.__name__, len([1]))
del len
print(len([1, 2]))
