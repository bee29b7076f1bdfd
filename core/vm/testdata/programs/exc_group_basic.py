eg = ExceptionGroup("msg", [ValueError(1), TypeError("two"), ExceptionGroup("inner", [KeyError("k"), ValueError(3)])])
print(str(eg))
print(repr(eg))
print(eg.message, eg.exceptions)
print(eg.args)
print(type(eg).__name__, isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(ExceptionGroup.__mro__)

b = BaseExceptionGroup("base", [ValueError(1)])
print(type(b).__name__)
b2 = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(b2).__name__, repr(b2))

one = ExceptionGroup("one", (ValueError("x"),))
print(str(one), repr(one))

m, r = eg.split(ValueError)
print("split ValueError:", repr(m), repr(r))
m, r = eg.split((KeyError, TypeError))
print("split tuple:", repr(m), repr(r))
print("subgroup:", repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == 3)))
print("subgroup none:", eg.subgroup(ZeroDivisionError))
print("subgroup all:", eg.subgroup(Exception) is eg)
print("split all:", eg.split(lambda e: True)[0] is eg)
print("derive:", repr(eg.derive([ZeroDivisionError()])))

for args in [("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError()), ("m",), ("m", {1: 2})]:
    try:
        ExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)

try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)

try:
    eg.split(1)
except TypeError as e:
    print(e)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)

g = MyEG("mine", [ValueError(1), TypeError(2)])
m, r = g.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))

try:
    raise ExceptionGroup("raised", [ValueError(1)])
except ExceptionGroup as e:
    print("caught with plain except:", repr(e))
    m, r = e.split(ValueError)
    print(m.__traceback__ is e.__traceback__, r)

try:
    try:
        raise ValueError("ctx")
    except ValueError as c:
        raise ExceptionGroup("with ctx", [TypeError()]) from c
except ExceptionGroup as e:
    m, _ = e.split(TypeError)
    print(repr(m.__cause__), repr(m.__context__))
