def f(a, b=1):
    pass

def g():
    pass

class C:
    def m(self, x):
        pass

for call in (lambda: f(1, 2, 3), lambda: g(1), lambda: C().m(1, 2),
             lambda: (lambda: 0)(5)):
    try:
        call()
    except TypeError as e:
        print(e)

def h(a, *, k):
    pass

try:
    h(1, 2)
except TypeError as e:
    print(e)
f(1, 2, 3, 4)
