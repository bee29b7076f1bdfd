def f(*a, **k): pass
k = {}
for src in ["print(*5, **k)", "f(*5)", "f(1, *5)", "f(*5, x=1)", "[*5]", "f(*[1], *5)", "f(*5, **k, y=2)"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
