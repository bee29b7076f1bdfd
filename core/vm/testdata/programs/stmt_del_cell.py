def outer():
    x = 1
    def inner():
        return x
    print(inner())
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
    x = 2
    print(inner())

outer()

def nonlocal_del():
    y = "y"
    def f():
        nonlocal y
        del y
    f()
    try:
        y
    except NameError as e:
        print(type(e).__name__, e)

nonlocal_del()

def del_unbound():
    z = 1
    def g():
        return z
    del z
    del z

try:
    del_unbound()
except NameError as e:
    print(type(e).__name__, e)

counter = 0
class C:
    global counter
    counter = 5
    def m(self):
        return counter
print(counter, C().m(), "counter" in C.__dict__)

class D:
    global gv
    gv = "set from class"
    x = gv + "!"
print(gv, D.x)

