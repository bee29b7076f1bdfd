def inner(x):
    return x[3] * 2
def outer(v):
    y = inner(v)
    return y
print("before")
outer([1, 2])
