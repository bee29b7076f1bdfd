"""Module docstring."""
import os, os.path as osp, a.b.c
from m import x as y, z
from . import rel
g = 1
del g
h: int
hh: list[int] = []
(par): int = 3
obj.attr: int = 4

def f(a, /, b, c=1, *args, d, e=2, **kw) -> ret:
    global g
    local = a + b
    del local
    return g

def gen():
    yield 1
    x = yield from other()

async def coro(p):
    await p
    async for i in p:
        pass
    async with p as q:
        pass
    return [j async for j in p]

lam = lambda u, *v, w=default, **x: u + w
deco = None

@deco
@deco.attr(arg)
class C(Base, metaclass=Meta, **extra):
    attr = 1
    def method(self):
        return attr
    @staticmethod
    def s(): return super()

for i in range(3):
    pass
else:
    pass
while cond:
    break
try:
    pass
except ValueError as exc:
    pass
finally:
    pass
try:
    pass
except* TypeError as eg:
    pass
else:
    pass
with open(f) as (fa, fb), other:
    pass
a, *b = c
[d, e] = f
x += 1
assert x, "msg"
raise X from Y
print(f"{val!r:{width}}")
