# compile(): modes, flags and errors; exec/eval of code objects
c = compile("x = 6 * 7", "<calc>", "exec")
ns = {}
print(exec(c, ns), ns["x"], "__builtins__" in ns)
e = compile("x + 1", "<expr>", "eval")
print(eval(e, {"x": 1}), eval(e, {}, {"x": 10}))
print(type(c).__name__, c.co_filename, e.co_filename, c.co_name)
s = compile("1 + 2", "<single>", "single")
exec(s)
exec(compile("None", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
print(exec("y = 2", ns), ns["y"])
print(eval(compile("[i * i for i in range(4)]", "<lc>", "eval")))
print(eval(b"1 + 1"), eval("  3 * 3"), exec(b"pass"))
print(compile("a = 1", "<f>", "exec", dont_inherit=True).co_filename)
print(compile("a = 1", "<f>", "exec", optimize=2).co_name)
print(compile(source="2", filename="<kw>", mode="eval").co_filename)
for bad in [
    lambda: compile("1", "<f>", "nope"),
    lambda: compile(1, "<f>", "exec"),
    lambda: compile("1", "<f>"),
    lambda: compile("1", "<f>", "exec", 0x10000000),
    lambda: compile("1", "<f>", "exec", optimize=7),
    lambda: compile("1", 5, "exec"),
    lambda: eval(1),
    lambda: exec(None),
    lambda: eval("1", []),
    lambda: exec("1", []),
    lambda: eval("1", {}, 5),
    lambda: exec("1", {}, 5),
    lambda: eval(),
    lambda: exec("1", {}, {}, {}),
    lambda: exec("x = 1", {}, closure=()),
]:
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
for src, mode in [("1 +", "eval"), ("def f(:\n pass", "exec"), ("a = 1", "eval"), ("x = (", "exec"), ("  y = 1", "exec")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as err:
        print(type(err).__name__, err.msg, err.filename, err.lineno, err.offset)
