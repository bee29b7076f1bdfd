print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[a for a in range(n)]", {"n": 3}))
ns = {}
exec("def f(a):\n    return a + 1\nresult = f(41)", ns)
print(ns["result"], sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns)
g = {"y": 5}
l = {"y": 10}
print(eval("y", g, l), eval("y", g))
exec("z = y * 3", g, l)
print(l["z"], "z" in g)
code = compile("v = 4\nprint('compiled', v * v)", "<mine>", "exec")
exec(code)
print(type(code).__name__, code.co_filename, compile("1+1", "s", "eval").co_name)
print(eval(compile("2 ** 8", "<e>", "eval")))
single = compile("99", "<single>", "single")
exec(single)
for src, mode in [("1 +", "eval"), ("x = ", "exec"), ("a = 1", "eval")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
try:
    eval("undefined_thing")
except NameError as e:
    print(e)
exec("raise ValueError('from exec')")
