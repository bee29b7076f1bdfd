from __future__ import annotations

def f(a: UndefinedType, b: list[int] = []) -> Returned:
    return a
print(f.__annotations__)
class C:
    x: SomeName
    y: "quoted" = 1
print(C.__annotations__)
print(f(3))
