# Members and special attributes of the builtin exceptions.
s = StopIteration(1, 2)
print(s.value, StopIteration().value, s.args)
s.value = "v"
print(s.value, s.args)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
n = NameError("boom", name="thing")
print(n.name, NameError("x").name, str(n), repr(n))
a = AttributeError("no attr", name="x", obj=[1])
print(a.name, a.obj, str(a))
i = ImportError("cannot", name="mod", path="/p/mod.py")
print(i.msg, i.name, i.path, i.name_from, repr(i), str(i))
print(ImportError("a", "b").msg, str(ImportError("a", "b")), repr(ModuleNotFoundError("m", name="m")))
for cls, kw in [(ImportError, {"bogus": 1}), (NameError, {"other": 1}), (ValueError, {"x": 1}),
                (AttributeError, {"name": 1, "extra": 2})]:
    try:
        cls("m", **kw)
    except TypeError as ex:
        print("TypeError:", ex)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), str(KeyError(None)))
print(repr(ValueError()), repr(ValueError(1, "b")), str(ValueError(1, "b")), repr(RuntimeError("x\ny")))
e = ValueError("base")
e.args = [1, 2, 3]
print(e.args, str(e))
for attr, val in [("__cause__", 3), ("__context__", "x"), ("__traceback__", 5)]:
    try:
        setattr(e, attr, val)
    except TypeError as ex:
        print("TypeError:", ex)
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as ex:
    print("TypeError:", ex)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as ex:
    print("TypeError:", ex)
print(ValueError("v").with_traceback(None).__traceback__)
try:
    ValueError().with_traceback(1)
except TypeError as ex:
    print("TypeError:", ex)
class Custom(Exception):
    def __init__(self, code, detail):
        super().__init__(code)
        self.detail = detail
c = Custom(404, "missing")
print(c.args, c.detail, str(c), repr(c), vars(c))
print(isinstance(GeneratorExit(), Exception), issubclass(KeyboardInterrupt, BaseException))
print([c.__name__ for c in RecursionError.__mro__])
print(BaseException.__subclasses__ is not None, Warning.__base__.__name__, BytesWarning.__base__.__name__)
