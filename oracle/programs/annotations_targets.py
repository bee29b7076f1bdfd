# Annotated assignments: where __annotations__ appears, what is evaluated.
import sys

class Plain:
    x = 1
print("__annotations__" in Plain.__dict__)

class Nested:
    if True:
        a: int
    for _ in range(1):
        b: str = "b"
    try:
        c: float
    except Exception:
        pass
    while False:
        d: bytes
print(Nested.__annotations__, Nested.b)

class Mangled:
    __secret: int = 1
    __dunder__: str = "d"
print(Mangled.__annotations__)

log = []
def note(v):
    log.append(v)
    return v

class Complex:
    obj = type("O", (), {})()
    obj.attr: note("attr-ann") = note("attr-value")
    items = {}
    items[note("key")]: note("sub-ann") = 1
    (paren): note("paren-ann") = 2
print(Complex.__annotations__, log)

def func():
    local: note("never") = 5
    other: int
    return local
print(func(), log[-1])

def func2():
    try:
        target.attr: int
    except NameError as e:
        return str(e)
print(func2())

x: int = 10
y: "forward"
print(__annotations__, x)
print("y" in globals())

def f(a, b: 1 + 1, /, c: "c" = 3, *d: tuple, e: note("e") = 4, **g: dict) -> None:
    pass
print(f.__annotations__)

def g():
    pass
print(g.__annotations__)
g.__annotations__["z"] = 1
print(g.__annotations__)

lam = lambda q: q
print(lam.__annotations__)
