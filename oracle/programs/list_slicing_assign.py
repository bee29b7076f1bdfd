l = list(range(10))
print(l[2:8:2], l[::-3], l[-2:], l[:-7:-1])
l[2:5] = ["a", "b"]
print(l)
l[::2] = [0] * len(l[::2])
print(l)
l[1:1] = [99, 98]
print(l)
l[:] = "xyz"
print(l)
try:
    l[::2] = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    l[5] = 1
except IndexError as e:
    print(e)
m = [[0] * 3] * 2
m[0][0] = 1
print(m)
n = [[0] * 3 for _ in range(2)]
n[0][0] = 1
print(n)
print(l[slice(None, None, -1)], [1, 2, 3][-1:-4:-1])
