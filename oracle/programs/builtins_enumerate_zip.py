print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3))), dict(zip("ab", "xy")))
print(list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
e = enumerate("xy")
print(next(e), next(e), next(e, None), type(e).__name__)
for i, (a, b) in enumerate(zip("pq", "rs"), start=1):
    print(i, a, b)
