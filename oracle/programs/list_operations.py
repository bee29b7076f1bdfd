a = [1, 2, 3]
b = a + [4] + []
print(b, a * 2, [0] * 3, 2 in a, 5 not in a, a == [1, 2, 3], a < [1, 3], [1, 2] < [1, 2, 0])
print(len(a), min(a), max(a), sum(a), list(reversed(a)), a.__len__())
print(list(), list("ab"), list(range(3)), list({1: 2}), list((1,)))
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], str(nested), repr([None, True, "s", 1.0]))
rec = [1]
rec.append(rec)
print(rec)
a2 = a
a2 += [9]
print(a)
try:
    a + (1,)
except TypeError as e:
    print(e)
print([1, 2] == (1, 2), [] or "empty", [x for x in a if x > 1])
