# compile(..., "single"): expression statements display their values
exec(compile("1 + 1", "<s>", "single"))
exec(compile("for i in range(3): i\n", "<s>", "single"))
exec(compile("x = 5; x; None; 'a'", "<s>", "single"))
exec(compile("if x > 1:\n    x * 2\nelse:\n    0\n", "<s>", "single"))
exec(compile("def f():\n    42\n", "<s>", "single"))
f()
print(_)
g = {}
exec(compile("[1, 2]", "<s>", "single"), g)
print(sorted(g))
print(eval(compile("7", "<s>", "single")))
try:
    exec(compile("1 +", "<s>", "single"))
except SyntaxError as e:
    print(e.msg)
try:
    exec(compile("a = 1\nb = 2\n", "<s>", "single"))
except SyntaxError as e:
    print(e.msg)
