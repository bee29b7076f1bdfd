# Comprehensions inlined into a class body do not see the class namespace
# (except for the outermost iterable).
value = "global"

class C:
    value = "class"
    items = [1, 2]
    outer_iter = [v for v in items]
    elt = [value for _ in range(1)]
    try:
        inner = [v * len(items) for v in items]
    except NameError as e:
        error = str(e)
    cond = [v for v in range(3) if value == "global"]
    nested = [[value for _ in range(1)] for _ in range(1)]
    dct = {k: value for k in "a"}
    st = {value for _ in range(1)}
    gen = list(value for _ in range(1))

print(C.outer_iter, C.elt, C.error, C.cond, C.nested, C.dct, C.st, C.gen)

def enclosing():
    captured = "enclosing"
    class D:
        captured = "class"
        got = [captured for _ in range(1)]
        direct = captured
    return D.got, D.direct
print(enclosing())

class E:
    names = [n for n in range(2)]
print(E.names, "n" in E.__dict__)
try:
    exec("class F:\n    [w := 1 for i in range(1)]\n")
except SyntaxError as e:
    print("SyntaxError:", e)
