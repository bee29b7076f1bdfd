# code objects: co_* attributes and flags
def plain(a, b=2, /, c=3, *args, d, e=5, **kw):
    "doc"
    local = a
    return local
def gen():
    yield 1
async def coro():
    pass
def outer():
    x = 1
    y = 2
    def inner():
        return x + y
    return inner
c = plain.__code__
print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
print(c.co_varnames, c.co_nlocals)
print(c.co_flags & 0xF, bool(c.co_flags & 0x4), bool(c.co_flags & 0x8))
print(gen.__code__.co_flags & 0x20 != 0, coro.__code__.co_flags & 0x80 != 0, coro.__code__.co_flags & 0x20)
inner = outer()
print(outer.__code__.co_cellvars, inner.__code__.co_freevars, inner.__code__.co_qualname)
print(inner.__code__.co_flags & 0x10 != 0, plain.__code__.co_flags & 0x10)
print(c.co_firstlineno, c.co_filename.endswith(".py"), type(c).__name__)
rc = repr(c)
print(rc[:rc.index(" at 0x")], rc[rc.index(", file"):].replace(c.co_filename, "FILE"))
print("len" in compile("len(x)", "<s>", "eval").co_names, "x" in compile("len(x)", "<s>", "eval").co_names)
lines = list(c.co_lines())
print(all(len(t) == 3 for t in lines), lines[0][0], min(l for _, _, l in lines if l is not None) >= c.co_firstlineno)
pos = list(c.co_positions())
print(all(len(p) == 4 for p in pos), len(pos) > 0)
r = c.replace(co_name="renamed")
print(r.co_name, c.co_name, r.co_varnames == c.co_varnames)
lam = lambda q: q
print(lam.__code__.co_name, lam.__name__, lam.__qualname__)
def kwonly(*, k):
    pass
print(kwonly.__code__.co_argcount, kwonly.__code__.co_kwonlyargcount, kwonly.__code__.co_varnames)
