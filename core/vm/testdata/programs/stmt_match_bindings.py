# A failed case binds nothing (CPython stores captures once the pattern matched).
def probe(subject):
    match subject:
        case (x, 3):
            return ("first", x)
        case [a, ([b, _] | b), *rest] if a > 0:
            return ("second", a, b, rest)
        case {"k": v, **others} if v:
            return ("third", v, others)
        case _:
            pass
    try:
        return ("fallthrough", x)
    except NameError:
        return ("fallthrough, x unbound",)

for s in [(1, 3), (1, 4), [1, 2, 3, 4], [1, [5, 6]], [0, 2], {"k": 1, "z": 2}, {"k": 0}, 7]:
    print(s, probe(s))

def order(subject):
    match subject:
        case ([x, y] | (y, x, _)) as whole:
            return x, y, whole
        case {"a": a, "b": (1 | 2) as b} | {"c": a, "d": b}:
            return a, b
        case Point(x=px, y=py) | [px, py, _, _]:
            return px, py
    return None

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

for s in [[1, 2], (1, 2, 3), {"a": 5, "b": 2}, {"c": 7, "d": 8}, {"a": 1, "b": 3}, Point(3, 4), [9, 8, 7, 6]]:
    print(order(s))

def guard_sees(subject):
    match subject:
        case [x, y] if x + y > 10:
            return "big", x, y
        case [x, y]:
            return "small", x, y

print(guard_sees([5, 6]), guard_sees([1, 2]))

g = "unset"
match [1, 2, 3]:
    case [g, 5, *_]:
        pass
    case _:
        print("g is still", g)

match {"x": [1, {"y": (2, 3)}]}:
    case {"x": [first, {"y": (second, third)}]}:
        print(first, second, third)

match (1, (2, (3, 4)), 5):
    case (a, (b, (c, d) as inner) as mid, e):
        print(a, b, c, d, e, inner, mid)
