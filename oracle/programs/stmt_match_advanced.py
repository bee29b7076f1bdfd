def handle(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"moving {d}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "empty"
for c in ["go north", "go up", "take lamp key", "take", "exit", ""]:
    print(repr(c), "->", handle(c))
def kind(v):
    match v:
        case None | True | False:
            return f"singleton {v}"
        case {"id": int(i), **rest}:
            return f"record {i} extra {sorted(rest)}"
        case (1, 2) | [3, 4]:
            return "literal seq"
        case float(x) if x != x:
            return "nan"
        case -1 | 1.5 | "s" | b"b":
            return "literal"
        case _:
            return "fallback"
for v in [None, True, {"id": 4, "x": 1, "a": 2}, (1, 2), [3, 4], float("nan"), -1, 1.5, "s", b"b", {"id": "x"}]:
    print(kind(v))
import math
match 3.141592653589793:
    case math.pi:
        print("dotted value pattern")
