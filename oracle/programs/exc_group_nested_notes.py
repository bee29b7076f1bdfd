# Exception groups: split/subgroup/derive, notes inside groups and the
# nested box layout of an uncaught group.
def fail(cls, msg):
    try:
        raise cls(msg)
    except Exception as e:
        return e
inner = ExceptionGroup("inner", [fail(KeyError, "k"), fail(ValueError, "v")])
inner.add_note("inner note")
eg = ExceptionGroup("outer", [fail(TypeError, "t"), inner])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(eg.subgroup(OSError))
d = eg.derive([ZeroDivisionError("z")])
print(type(d).__name__, d.message, d.exceptions)
print(str(eg), eg.exceptions[1].__notes__)
try:
    BaseExceptionGroup("m", [KeyboardInterrupt()]).__class__
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
print(type(BaseExceptionGroup("m", [ValueError()])).__name__)
try:
    raise eg
except* TypeError as g:
    print("got", repr(g))
except* KeyError:
    print("keys")
