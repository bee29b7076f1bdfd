xs = [1, 2]
lc = [x * y for x in xs for y in range(x) if x]
sc = {x for x in xs}
dc = {k: v for k, v in enumerate(xs)}
ge = (x for x in xs)
nested = [[y for y in x] for x in xs]

def f(xs):
    out = [x for x in xs]
    cell = [lambda: x for x in xs]
    captured = [lambda: z for x in xs]
    z = 1
    g = (x + z for x in xs)
    return out, cell, captured, g

def walrus(xs):
    if any((hit := x) > 1 for x in xs):
        return hit
    total = [(acc := acc + x) for x in xs]
    return [[(inner := y) for y in x] for x in xs], inner

def walrus_global(xs):
    global gw
    return [(gw := x) for x in xs]

mod = [(mw := x) for x in xs]

class C:
    xs = [1]
    ys = [x for x in xs]
    zs = [x for x in range(3) if x in xs]
    ws = [[a for a in xs] for b in range(2)]
    def m(self):
        return [self for _ in range(2)]
    cls = [__class__ for _ in range(2)]

async def agen(xs):
    a = [x async for x in xs]
    b = [await x for x in xs]
    c = (x async for x in xs)
    return a, b, c

def comp_shadows_param(x):
    return [x for x in x]

def comp_cell_outer():
    items = [y for y in range(3)]
    def g():
        return y
    y = 0
    return items, g

def comp_in_comp_lambda():
    return [[lambda: a + b for a in range(2)] for b in range(2)]

def dictcomp_walrus(d):
    return {k: (last := v) for k, v in d.items()}, last

def genexp_in_class_body():
    class K:
        v = 1
        g = (v for _ in range(2))
        h = [v for _ in range(2)]
    return K
