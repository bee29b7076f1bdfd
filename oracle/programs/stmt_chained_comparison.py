x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1.0 == True, "a" < "b" < "c")
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(99))
print(calls)
print(1 in [1] in [[1]], 2 not in [1] is not None)
a = [1]
b = a
print(a is b is not None, a == [1] != [2])
print(3 > 2 == 2, (3 > 2) == 2)
