try:
    g = (x for x in 5)
except TypeError as e:
    print("raised at creation:", e)
def ys():
    print("outer iterable evaluated")
    return [1, 2]
g = (x * y for x in ys() for y in undefined_later)
print("created")
undefined_later = [10]
print(list(g))
a = 1
g = (a for _ in range(2))
a = 2
print(list(g))
gens = (((i, j) for j in range(2)) for i in range(2))
print([list(x) for x in gens])
