# "Did you mean" suggestions for unexpected keyword arguments (3.13).
def f(a, b): return a, b
def g(x, /, value, *, limit=0): return x
def many(alpha, beta, gamma, *, delta=1): pass
for call in [lambda: f(a=1, a2=2), lambda: f(1, c=2), lambda: g(1, valeu=2), lambda: g(1, 2, limt=3),
             lambda: g(1, 2, x=3), lambda: g(1, 2, xx=3), lambda: many(1, 2, 3, detla=4), lambda: many(1, 2, gama=3),
             lambda: (lambda: 0)(a=1), lambda: print(1, sepp=1), lambda: print(1, fluhs=True), lambda: print(1, zzzzzz=1),
             lambda: int("1", bas=2), lambda: int("1", zzzz=2), lambda: int("1", x=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
