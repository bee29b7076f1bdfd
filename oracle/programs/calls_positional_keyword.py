def f(a, b, c):
    return (a, b, c)

print(f(1, 2, 3))
print(f(1, c=3, b=2))
print(f(c=30, a=10, b=20))
print(f(*[1, 2], c=3))
print(f(**{"a": 1, "b": 2, "c": 3}))
print(f(1, *(2,), **{"c": 3}))
