# eval/exec scoping: defaults to the caller's namespaces, functions inside exec
x = "module"
def f():
    x = "local"
    return eval("x"), eval("x", globals()), eval("x", {"x": "given"})
print(f())
def g():
    exec("y = 5")
    return "y" in locals()
print(g())
ns = {}
exec("""
def helper(n):
    return n * factor
factor = 3
result = [helper(i) for i in range(3)]
""", ns)
print(ns["result"], ns["helper"].__module__ if "__name__" in ns else ns["helper"].__globals__ is ns)
exec("import math as m2", ns)
print(ns["m2"].__name__)
g2 = {"__builtins__": {"len": len}}
print(eval("len([1, 2])", g2))
try:
    eval("abs(-1)", g2)
except NameError as e:
    print(e)
class Mapping:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print("get", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
m = Mapping()
exec("a = 1\nb = a + 1\ndel a", {}, m)
print(m.d)
try:
    exec("del nothere", {}, m)
except NameError as e:
    print(e)
print(eval("len", {}, m))
exec("print(__name__)")
exec("print(__name__)", {})
exec("print(__name__)", {"__name__": "custom"})
print(eval("__builtins__", {}) is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
eval("undefined_name + 1")
