def raiser():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])

try:
    raiser()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])

eg = ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("o")])])
print(repr(eg.exceptions[0]), eg.message)
match, rest = eg.split(OSError)
print(match.exceptions[0].exceptions, rest.exceptions)
print(eg.subgroup(lambda e: isinstance(e, KeyError)).exceptions)
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except BaseExceptionGroup as e:
    print(type(e).__name__)
raiser()
