for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate([5, 6], 10)), list(enumerate("xy", start=1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), dict(zip("abc", range(3))))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(None, [0, 1, "", "x"])), list(filter(lambda v: v % 2, range(7))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(sum(x for x, _ in zip(range(10), range(5))), max(map(len, ["a", "abcd", "ab"])))
try:
    reversed(5)
except TypeError as e:
    print(e)
