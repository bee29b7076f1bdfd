ns = {"a": 1}
exec("b = a + 1\ndef f():\n    return a + b\nc = f()", ns)
print(ns["b"], ns["c"], ns["f"].__globals__ is ns)
glb, loc = {"x": 1}, {}
exec("y = x\nclass K:\n    z = y if 'y' in dir() else 'no'", glb, loc)
print(sorted(loc), loc["K"].z)
print(eval("[k for k in range(3)]", {}), eval("__name__", {"__name__": "custom"}))
g = {}
exec("import math\nr = math.floor(2.5)", g)
print(g["r"], "math" in g, eval("len", g) is len)
code = compile("a + 1", "<expr>", "eval")
print([eval(code, {"a": i}) for i in range(3)])
try:
    eval("a", {})
except NameError as e:
    print(e)
exec("print('printed inside exec', __name__)")
exec("print('with empty globals', __name__)", {})
