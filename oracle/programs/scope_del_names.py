a = 1
del a
try:
    a
except NameError as e:
    print(e)

def f():
    b = 2
    del b
    try:
        return b
    except UnboundLocalError as e:
        return str(e)
print(f())

x = [0, 1, 2, 3, 4, 5]
del x[1], x[-1]
print(x)
del x[::2]
print(x)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
class O: pass
o = O(); o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
