# dir(): no argument, modules, classes through the MRO, instances, __dir__
import math
class Base:
    b_attr = 1
    def b_meth(self):
        pass
class Child(Base):
    c_attr = 2
    def __init__(self):
        self.inst = 3
def user_names(names):
    return [n for n in names if not n.startswith("__")]
print(user_names(dir(Child)))
print(user_names(dir(Child())))
print("__init__" in dir(Child), "__class__" in dir(Child()), "mro" in dir(type))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
class Tup:
    def __dir__(self):
        return ("b", "a")
print(dir(Tup()))
def f():
    local_b = 1
    local_a = 2
    return dir()
print(f())
print("pi" in dir(math), "sqrt" in dir(math), dir(math) == sorted(dir(math)))
print(user_names(dir(1))[:6])
print(user_names(dir([])))
print(user_names(dir({})))
print(dir() == sorted(globals()))
try:
    dir(1, 2)
except TypeError as e:
    print(e)
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(e)
