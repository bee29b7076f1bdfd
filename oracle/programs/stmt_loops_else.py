for i in range(3):
    pass
else:
    print("for completed", i)
for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while completed", n)
def find(xs, t):
    for idx, x in enumerate(xs):
        if x == t:
            return idx
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > 1:
            break
        print(outer, inner)
