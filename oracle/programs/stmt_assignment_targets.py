a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = [0, 0, 0]
i = 0
i, x[i] = 1, 2
print(i, x)
d = {}
d["k"] = d2 = {"inner": 1}
print(d, d2 is d["k"])
class O: pass
o = O()
o.a, o.b = "A", "B"
(o.c, [o.d, o.e]) = 1, (2, 3)
print(sorted(vars(o).items()))
m = [[0] * 2 for _ in range(2)]
m[0][1], m[1][0] = 5, 6
print(m)
first, second = second, first = "xy"
print(first, second)
n = 0
def inc():
    global n
    n += 1
    return n
l = [0] * 5
l[inc()] = inc()
print(l, n)
