def g(a, b=2, *, c):
    pass
def h():
    pass
def p(a, b, /, c):
    pass
cases = [
    lambda: g(c=1),
    lambda: g(1, 2, 3, c=1),
    lambda: g(1, c=1, d=2),
    lambda: g(1),
    lambda: g(1, a=1, c=3),
    lambda: h(1),
    lambda: h(1, 2),
    lambda: p(1, b=2, c=3),
    lambda: p(1),
    lambda: (5)(),
    lambda: len(5),
    lambda: iter(5),
    lambda: 1 < "a",
    lambda: -"a",
    lambda: {}[[]],
    lambda: [1][5],
    lambda: "abc"[10],
    lambda: (1).x,
    lambda: object().y,
    lambda: int("12a"),
    lambda: float("x"),
    lambda: [].pop(),
    lambda: 2 ** 64 // 0,
    lambda: 1.5 % 0,
    lambda: (1, 2) + [3],
    lambda: "a" + 1,
    lambda: undefined,
]
i = 0
for case in cases:
    i += 1
    try:
        case()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
class T:
    def __init__(self, x):
        self.x = x
try:
    T()
except TypeError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(e)
try:
    x, y = 5
except TypeError as e:
    print(e)
