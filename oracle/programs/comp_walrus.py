data = [4, 9, 15, 2, 30]
print([y for x in data if (y := x * 2) > 10])
print(y)
if (n := len(data)) > 3:
    print("long list", n)
values = iter([1, 2, 3, 0, 5])
out = []
while (v := next(values)) != 0:
    out.append(v)
print(out)
print((total := 10) + total)
def f():
    [last := i for i in range(4)]
    return last
print(f())
