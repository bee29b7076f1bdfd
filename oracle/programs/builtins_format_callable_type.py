print(format(3.14159, ".2f"), format(42), format("x", "^5"), format(255, "#x"), format([1], ""))
print(callable(len), callable(lambda: 0), callable(int), callable("s"), callable(type))
class C:
    pass
print(type(1), type("s"), type([]), type(C()), type(C), type(type), type(len), type(lambda: 0).__name__)
print(type(print).__name__, type(C().__init__).__name__, type([].append).__name__, type(None).__name__)
T = type("T", (object,), {"v": 3})
print(T().v, T.__name__)
try:
    type(1, 2)
except TypeError as e:
    print(e)
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
try:
    format(1, 5)
except TypeError as e:
    print(e)
