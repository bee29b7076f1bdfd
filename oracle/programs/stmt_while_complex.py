n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
i = 0
found = []
while True:
    i += 1
    if i % 7:
        continue
    found.append(i)
    if len(found) == 5:
        break
print(found)
a, b = 1071, 462
while b:
    a, b = b, a % b
print(a)
x = 10
while x := x - 3:
    if x < 0:
        break
print(x)
