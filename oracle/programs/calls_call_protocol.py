class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, twice=False):
        r = x + self.n
        return r * 2 if twice else r

a = Adder(3)
print(a(4), a(4, twice=True), callable(a))
print(list(map(a, [1, 2, 3])))

class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)

class Thing(metaclass=Meta):
    def __init__(self, v):
        self.v = v

t = Thing(9)
print(t.v)
