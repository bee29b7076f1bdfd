import_ok = True

def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case 2.5:
            return "two and a half"
        case [] :
            return "empty seq"
        case [a]:
            return f"one item {a!r}"
        case [a, b]:
            return f"pair {a!r} {b!r}"
        case [first, *rest] if len(rest) > 3:
            return f"long seq first={first} rest={rest}"
        case [first, *_, last]:
            return f"seq first={first} last={last}"
        case {"type": "point", "x": px, "y": py}:
            return f"point dict {px},{py}"
        case {"type": t, **others}:
            return f"typed {t} others={others}"
        case {}:
            return "some mapping"
        case str() as s:
            return f"string {s}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case _:
            return "other"

for v in [0, -1, 2, "hello", None, True, False, 2.5, [], (), [1], (1, 2), [1, 2, 3, 4, 5, 6],
          [1, 2, 3], {"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 3},
          {"z": 1}, {}, "abc", 500, 7, 3.25, object, b"xy", range(2), range(3), (1, 2, 3)]:
    print(repr(v) if not isinstance(v, type) else "type", "->", describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat3 {x} {y}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case (Point(x=1) | Point(y=1)) as pt:
            return "never"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(1, 2, 0), Point3(1, 2, 3), 42]:
    print(where(p))

# nested patterns, or with captures, as-patterns
def nested(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "going " + direction
        case ["drop", *objects]:
            return "dropping " + ",".join(objects)
        case ["look"] | ["l"]:
            return "looking"
        case [("take" | "get"), obj]:
            return "taking " + obj
        case _:
            return "unknown: " + cmd

for c in ["go north", "go up", "drop a b c", "drop", "look", "l", "get lamp", "take x", "jump"]:
    print(nested(c))

# value patterns with dotted names
class Color:
    RED = 1
    GREEN = 2

def color(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
    return "no color"

print(color(1), color(2), color(3))

# strings, bytes are not sequences
match "ab":
    case [a, b]:
        print("seq", a, b)
    case _:
        print("str is not a sequence")

# mapping with extra keys, dict subclass, get-based lookup
class D(dict):
    def __missing__(self, k):
        return "missing!"

match D(a=1):
    case {"b": x}:
        print("got b", x)
    case {"a": x}:
        print("got a", x)

# tuple subject, guard with walrus, capture is stored
match (1, 2, 3):
    case (1, *mid, 3) if (n := len(mid)) == 1:
        print("mid", mid, n)

# match-self builtins
for v in [5, "s", 1.5, [1], (2,), {1: 2}, {3}, True]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case str(s):
            print("str", s)
        case float(f):
            print("float", f)
        case list(l):
            print("list", l)
        case tuple(t):
            print("tuple", t)
        case dict(d):
            print("dict", d)
        case set(s):
            print("set", s)

# bindings after matching
match [10, [20, 30]]:
    case [x, [y, z]]:
        print(x, y, z)

# no case matches
match 99:
    case 1:
        print("no")
print("done")

# break/continue/return inside match bodies in loops
for i in range(6):
    match i:
        case 1:
            continue
        case 4:
            break
        case _:
            print("i", i)

def f(x):
    for _ in range(3):
        match x:
            case [y, *_]:
                return y
    return None
print(f([7, 8]), f([]))

# complex sequences
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a + b + c + d)

match {"k": [1, {"n": "deep"}]}:
    case {"k": [_, {"n": str(s)}]}:
        print("deep value", s)
