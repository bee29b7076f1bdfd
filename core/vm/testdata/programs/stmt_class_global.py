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
    del_me = 1
    del del_me

print(gv, D.x, hasattr(D, "del_me"))

def f():
    class Inner:
        global from_inner
        from_inner = "inner"
        def get(self):
            return from_inner
    return Inner().get()

print(f(), from_inner)

class E:
    global gdel
    gdel = 1
    del gdel

try:
    gdel
except NameError as e:
    print(e)
