# A tour of the grammar: every statement and expression form.
import os, sys as system
import a.b.c as d, e
from . import x
from .. import (y as z, w,)
from ...pkg.mod import *
from .... import q
from __future__ import annotations

@decorator
@decorator.attr(1, key=2)
@(lambda f: f)
def func(a, b: int = 1, /, c=2, *args: "str", d, e=3, **kwargs) -> None:
    """Docstring."""
    global g1, g2
    nonlocal_ = 1
    return a + b

async def coro[T: int, *Ts, **P](x: T) -> list[T]:
    async with ctx() as (a, b), other as c:
        await something
    async for i in aiter():
        yield i
    result = [i async for i in aiter() if i]
    return await x

class Base[T = int](metaclass=Meta, **kw):
    x: int
    y: list[int] = []
    (z): str = "z"
    a.b: int
    c[0]: float = 1.0

    def method(self, *, key=None, **rest):
        del self.x, self[0], (a, b), [c]
        pass

type Alias = int | str
type Generic[T, *Ts, **P = [int]] = tuple[T, *Ts]

x = y = z = 1
a, *b = c
[d, (e, f)] = g
h += 1; i -= 2; j *= 3; k @= 4; l /= 5; m //= 6; n %= 7
o **= 8; p >>= 9; q <<= 10; r &= 11; s ^= 12; t |= 13
u: int
lambda_ = lambda x, y=1, *a, z, **k: (x, y, a, z, k)
lam2 = lambda: 0
lam3 = lambda *, a: a
lam4 = lambda a, /, b: a

if a:
    pass
elif b:
    pass
elif c:
    ...
else:
    pass

while x > 0:
    x -= 1
    if x == 5:
        break
    continue
else:
    done()

for i, j in enumerate(range(10)):
    pass
else:
    pass

try:
    risky()
except ValueError as exc:
    raise RuntimeError("bad") from exc
except (TypeError, KeyError):
    raise
except:
    pass
else:
    ok()
finally:
    cleanup()

try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, OSError):
    pass

with open("f") as f, open("g") as g:
    pass
with (open("f") as f, open("g") as g,):
    pass
with (a, b):
    pass
with (yield):
    pass

assert x, "message"
assert y

match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case {"key": value, **rest}:
        pass
    case [1, 2, *others] if others:
        pass
    case (1 | 2 | 3) as n:
        pass
    case -1 | 1.5 | 2j | -3 + 4j | 5 - 6j:
        pass
    case "a" "b" | b"c" | None | True | False:
        pass
    case a.b.c:
        pass
    case {1: _, "x": [*_], a.b: ()}:
        pass
    case _:
        pass

match = 1
match.attr = 2
match[0] = 3
print(match, case := 4, type)
type = 5
