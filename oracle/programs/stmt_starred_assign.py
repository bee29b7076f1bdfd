a, *b, c = range(6)
print(a, b, c)
*head, tail = "hello"
print(head, tail)
first, *rest = [1]
print(first, rest)
(x, y), [z, *w] = (1, 2), [3, 4, 5]
print(x, y, z, w)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1, 2]}, {**{"a": 1}, "b": 2})
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    p, q = 5
except TypeError as e:
    print(e)
