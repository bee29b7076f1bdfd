def describe(v):
    match v:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case [x, y]:
            return f"pair {x},{y}"
        case [x, *rest]:
            return f"seq head {x} rest {rest}"
        case {"type": "point", "x": x}:
            return f"point x={x}"
        case str() | bytes():
            return "text"
        case _:
            return "other"

for v in [0, -5, [1, 2], [1, 2, 3], {"type": "point", "x": 3, "y": 4}, "s", b"b", 3.5]:
    print(describe(v))

class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
match P(1, 2):
    case P(1, y=yy):
        print("P matched", yy)
