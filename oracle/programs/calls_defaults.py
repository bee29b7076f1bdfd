def f(a, b=2, c="three"):
    return a, b, c

print(f(1))
print(f(1, 20))
print(f(1, c=None))
print(f.__defaults__)

def g(x, acc=[]):
    acc.append(x)
    return acc

print(g(1), g(2))
print(g(3, []))

n = 5
def h(v=n * 2):
    return v
n = 100
print(h())
