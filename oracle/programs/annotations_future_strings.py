from __future__ import annotations
# Under the future import, annotations are stored as strings, written
# back from the syntax tree (CPython's own spacing and parentheses).
import __future__

print(__future__.annotations)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
print(__future__.all_feature_names)
print(__future__.division, __future__.generator_stop.mandatory)

def f(
    a: int | None,
    b: list[dict[str, tuple[int, ...]]],
    c: Callable[[int], str],
    d: 'quoted',
    e: "double \"quoted\"",
    g: a.b.c[1:2, ::3],
    h: -x ** -y,
    i: (a, b),
    j: not a or b and c,
    k: lambda x, *y, z=1, **w: x,
    l: [i for i in range(3) if i],
    m: {k: v for k, v in d.items()},
    n: f"{x!r:>{width}} {{literal}}",
    o: 1 if c else 2,
    p: a < b <= c is not d,
    q: ~a + (+b) - (c - d),
    r: {1, 2} | {*s},
    s: {**base, 'k': 1},
    t: x[()],
    u: 1e400,
    v: ...,
    w: b'bytes',
    x: 3.14j,
    y: f(*args, key=val, **kw),
    z: (yield_ for yield_ in ()),
) -> Result[T]:
    return None

for name, ann in f.__annotations__.items():
    print(name, "=", ann)

class C:
    attr: Undefined = 1
    other: list[C]
    __private: int
print(C.__annotations__, C.attr)

v: SomethingMissing
print(__annotations__)
