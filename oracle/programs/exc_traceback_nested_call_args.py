def f(x):
    return x

def g(a, b):
    return a + b

print(f(g(1, 2)))
print(f(g(f(1), f(None))))
