try:
    {}["k"]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    [][3]
except IndexError as e:
    print(repr(e))
try:
    int("zz")
except ValueError as e:
    print(e)
e = OSError(2, "No such file", "x.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
s = StopIteration(5)
print(s.value)
se = SystemExit(3)
print(se.code)
n = NameError("msg", name="foo")
print(n.name)
a = AttributeError("m", name="x", obj=5)
print(a.name, a.obj)
i = ImportError("boom", name="mod", path="/p")
print(i.name, i.path, i.msg)
err = ValueError("note me")
err.add_note("first note")
err.add_note("second note")
print(err.__notes__)
raise err
