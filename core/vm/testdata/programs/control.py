for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("never")
for i in range(3):
    pass
else:
    print("loop finished", i)
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n", n)
else:
    print("while else")
while True:
    n -= 1
    if n < 0:
        break
print("after", n)
x = 7
if x < 5:
    print("small")
elif x < 10:
    print("medium")
else:
    print("large")
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 != 2, 1 < 2 > 1.5)
print(1 and 2, 0 and 2, 1 or 2, 0 or "", not 1, not 0, None or "default")
print("yes" if x > 5 else "no", [] or [1], (y := 10) + 1, y)
print(x is x, None is None, [] is [], x is not None, "a" in ["a"], 2 not in [1])
def check(v):
    if not v:
        return "falsy"
    return "truthy"
for v in [0, 1, "", "a", [], [0], {}, None, 0.0]:
    print(check(v), end=" ")
print()
print("a", "b", sep="-", end="!\n")
