def lit(v):
    match v:
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex 1+2j"
        case -3j:
            return "minus 3j"
        case -1.5 - 0.5j:
            return "neg complex"
        case 0.0:
            return "zero (0, 0.0, False, -0.0 all equal)"
        case "a" "b":
            return "concatenated ab"
        case b"raw":
            return "bytes raw"
        case True:
            return "True (singleton: is)"
        case False:
            return "False"
        case None:
            return "None"
        case 1:
            return "one (1.0 too)"
        case _:
            return "other"

for v in [-1, 1+2j, -3j, complex(-1.5, -0.5), 0, 0.0, False, -0.0, "ab", b"raw", bytearray(b"raw"), True, None, 1, 1.0, 2]:
    print(repr(v), "->", lit(v))

# strings, bytes and bytearray are not sequences
for v in ["xy", b"xy", bytearray(b"xy"), ["x", "y"], ("x", "y"), range(2)]:
    match v:
        case [a, b]:
            print(type(v).__name__, "sequence", a, b)
        case _:
            print(type(v).__name__, "not a sequence")

# generators inside match / yield in cases
def gen(items):
    for it in items:
        match it:
            case int(n):
                yield n * 2
            case [*xs]:
                yield from xs
            case _:
                yield "?"
print(list(gen([1, [2, 3], "s", (4,)])))

def eg_in_gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        yield "handled value"
    except* TypeError:
        yield "handled type"
print(list(eg_in_gen()))
