# f(**m) with a non-str key is a catchable TypeError, never a VM crash.
def f(a, b): return a, b
class C:
    def __init__(self, **k): self.k = k
for call in [lambda: (lambda **k: k)(**{1: 2}), lambda: print(**{1: 2}), lambda: dict(**{1: 2}),
             lambda: (lambda *a: a)(**{1: 2}), lambda: f(1, **{"b": 2, 3: 4}), lambda: C(**{None: 1}),
             lambda: f(**{"a": 1}, **{2: 3})]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print((lambda **k: k)(**{"x": 1}), dict(**{"y": 2}))
# the callee's name in "multiple values" errors
for call in [lambda: dict(**{"a": 1}, a=2), lambda: f(1, b=2, **{"b": 3}), lambda: C(**{"a": 1}, a=2),
             lambda: print(**{"sep": "-"}, sep="x")]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print("done")
