class P:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.__class__.__name__, p.__class__ is P, vars(p) if False else p.__dict__, P.kind, p.kind)
print((1, 2, 1).count(1), (1, 2, 3).index(3), dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
d = {"a": 1, "b": 2}
print(d.popitem(), d)
print("test_file.py".removesuffix(".py"), "prefix_x".removeprefix("prefix_"), "a.b.c".rsplit(".", 1), "a b c".rsplit())
print("hello".rfind("l"), "Hello World".swapcase(), type(p).__dict__["kind"] if False else "skip")
try:
    (1, 2).index(9)
except ValueError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
