# The dunders of builtin types: slot wrappers and method-wrappers
print(int.__add__, list.__len__, object.__eq__, type.__call__, object.__init__, str.__hash__)
print(repr((5).__add__).startswith("<method-wrapper '__add__' of int object at 0x"))
print(int.__add__(2, 3), (5).__add__(3), (5).__radd__(3), (5).__sub__(2), (5).__rsub__(2), int.__add__(1, "a"))
print([1, 2].__len__(), list.__len__([1]), "ab".__len__(), {1: 2}.__len__(), (1,).__len__())
print("a".__eq__("a"), "a".__ne__("b"), "a".__eq__(1), (1).__lt__(2), (2.5).__gt__(1), object.__eq__(1, 1))
o = object()
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1), object.__lt__(o, o))
print(dict.__getitem__({1: "one"}, 1), list.__getitem__([5, 6], -1), "abc".__getitem__(1), dict.__contains__({1: 1}, 1))
l = []
list.__setitem__(l, slice(0, 0), [1, 2, 3])
l.__delitem__(0)
print(l, list.__iter__(l).__next__(), int.__neg__(4), int.__abs__(-4), int.__index__(7), int.__bool__(0), (3).__invert__())
print(int.__hash__(5), hash("x") == str.__hash__("x"), list.__hash__, dict.__hash__, set.__hash__)
print(type.__call__(int, "12"), int.__new__(int, "7"), object.__new__(object).__class__.__name__, object.__repr__(o) == repr(o))
print(str.__mul__("ab", 2), str.__rmul__("ab", 2), list.__add__([1], [2]), list.__iadd__([1], [2]), tuple.__add__((1,), (2,)))
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__, (1).__add__.__self__, (1).__add__.__name__)
print(float.__truediv__(1.0, 4), float.__rtruediv__(1.0, 4), int.__pow__(2, 10), int.__rpow__(2, 10), int.__mod__(7, 3))
print((1).__add__ == (1).__add__, [].__len__ == [].__len__, "__add__" in dir(int), "__len__" in dir(list))
print(set.__or__({1}, {2}), frozenset.__and__(frozenset({1, 2}), {2}), set.__contains__({1}, 1), set.__len__({1, 2}))
for call in [lambda: int.__add__(), lambda: int.__add__(1), lambda: (1).__add__(1, 2), lambda: int.__add__("a", 1),
             lambda: (1).__neg__(2), lambda: int.__new__(), lambda: int.__new__(1), lambda: int.__new__(str),
             lambda: object.__eq__(1), lambda: (1).__add__(x=1), lambda: list.__len__(5), lambda: [].__setitem__(1)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
class C:
    def __eq__(self, other):
        return "C.__eq__"
print(C().__eq__(1), C.__eq__(C(), 1), object.__eq__(C(), 1), C.__hash__, C.__ne__(C(), 1))
class D:
    pass
print(D.__repr__ is object.__repr__, D.__init__ is object.__init__, D().__eq__(1), D.__hash__ is object.__hash__)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(object.__init__).__name__)
