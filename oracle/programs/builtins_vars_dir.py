class A:
    cls_attr = 1
    def meth(self):
        pass
a = A()
a.x = 1
a.y = 2
print(vars(a), sorted(n for n in vars(A) if not n.startswith("__")))
print([n for n in dir(a) if not n.startswith("__")])
print("append" in dir([]), "upper" in dir(""), dir(a) == sorted(dir(a)))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha"]
print(dir(Custom()))
try:
    vars(1)
except TypeError as e:
    print(e)
def f():
    local1 = 1
    local2 = "two"
    return sorted(dir())
print(f())
import math
print("sqrt" in dir(math), "__name__" in vars(math))
