x = "outer"
vals = [x for x in range(3)]
print(x, vals)
y = 10
print([y + i for i in range(3)])
print({k: k * y for k in range(2)})
gen = (i * y for i in range(3))
y = 100
print(list(gen))
def f():
    n = 2
    return [[n * i * j for j in range(3)] for i in range(3)]
print(f())
print([(a, b) for a in range(3) for b in range(a)])
