a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(6)
h, *i = (1,)
print(a, b, c, d, e, f, g, h, i)
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
l = [1, 2]
print([*l, 3, *"ab"], (*l, 0), {*l, 5, *l}, [*range(3)], (*l,))
d1 = {"a": 1}
print({**d1, "b": 2, **{"a": 3}}, {"z": 0, **d1})
def f(*args, **kw):
    return args, kw
print(f(*l, 9, *(7,)), f(**d1), f(1, **d1, c=3), f(*[], **{}))
def g(x, y, z=0):
    return x + y * 10 + z * 100
print(g(*[1], **{"y": 2}), g(**{"x": 1, "y": 2, "z": 3}))
try:
    x, *y, z = [1]
except ValueError as err:
    print(err)
try:
    f(**d1, a=2)
except TypeError as err:
    print(err)
try:
    f(**[1])
except TypeError as err:
    print(err)
try:
    {**[1]}
except TypeError as err:
    print(err)
