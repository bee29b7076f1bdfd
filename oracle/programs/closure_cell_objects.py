# cell objects: the closure's cells, their contents, constructor, comparisons
def outer():
    a = 1
    b = "two"
    def inner():
        return a, b
    return inner
f = outer()
cells = f.__closure__
print(type(cells).__name__, len(cells), [c.cell_contents for c in cells], f.__code__.co_freevars)
r = repr(cells[0])
print(r[:9], r.endswith("int object at " + r.split(" at ")[-1]), "cell at 0x" in r)
cells[0].cell_contents = 10
print(f())
del cells[1].cell_contents
try:
    f()
except NameError as e:
    print(e)
try:
    cells[1].cell_contents
except ValueError as e:
    print(e)
print(repr(cells[1]).endswith(": empty>"))
Cell = type(cells[0])
print(Cell(5).cell_contents, Cell(1) == Cell(1), Cell(1) < Cell(2), Cell() < Cell(1), Cell() == Cell())
for bad in (lambda: Cell(1, 2), lambda: Cell(x=1), lambda: hash(Cell(1))):
    try:
        bad()
    except TypeError as e:
        print(e)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c.__closure__[0].cell_contents, c.__code__.co_freevars, counter.__code__.co_cellvars)
