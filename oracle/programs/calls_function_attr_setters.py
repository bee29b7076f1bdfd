# function attributes: setters, their errors, __doc__, __dict__, cells
def f(a, b=1, *, c=2):
    """First line.

    More text here.
    """
    return a + b + c
print(repr(f.__doc__))
print(f.__defaults__, f.__kwdefaults__, f.__closure__, f.__annotations__, f.__type_params__)
f.__defaults__ = (10,)
f.__kwdefaults__ = {"c": 20}
print(f(1), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
del f.__kwdefaults__
print(f.__kwdefaults__)
for attr, val in [("__defaults__", [1]), ("__kwdefaults__", (1,)), ("__name__", 5), ("__qualname__", None),
                  ("__code__", 1), ("__annotations__", 3), ("__globals__", {}), ("__closure__", ())]:
    try:
        setattr(f, attr, val)
        print("set", attr)
    except (TypeError, AttributeError, ValueError) as e:
        print(attr, type(e).__name__, e)
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
f.__doc__ = None
f.__module__ = "mod"
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
f.custom = 42
f.__wrapped__ = len
print(f.custom, f.__wrapped__ is len, getattr(f, "missing", "dflt"))
def nodoc():
    x = "not a docstring"
    return x
print(nodoc.__doc__)
def annotated(x: int, y: "str" = "") -> bool:
    pass
print(sorted(annotated.__annotations__) if annotated.__annotations__ else "no annotations")
annotated.__annotations__ = {"new": 1}
print(annotated.__annotations__)
def make():
    v = 5
    def g():
        return v
    return g
g = make()
cell = g.__closure__[0]
print(type(cell).__name__, cell.cell_contents)
cell.cell_contents = 6
print(g())
def empty_cell():
    def h():
        return later
    print(type(h.__closure__[0]).__name__)
    try:
        h.__closure__[0].cell_contents
    except ValueError as e:
        print(e)
    later = 1
    return h
print(empty_cell()())
def other():
    return 1
def two(a):
    return a
try:
    other.__code__ = g.__code__
except ValueError as e:
    print(e)
other.__code__ = two.__code__
print(other(7))
