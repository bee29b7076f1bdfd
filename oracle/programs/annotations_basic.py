def f(a: int, b: "str" = "x", *args: float, k: bool = False, **kw: dict) -> list:
    return [a, b]
print(f.__annotations__)
class C:
    x: int
    y: str = "s"
    z: list[int]
print(C.__annotations__, hasattr(C, "x"), C.y)
v: int = 5
w: float
print(__annotations__ if "__annotations__" in dir() else "none", v)
def g():
    local: int = 3
    return local
print(g())
