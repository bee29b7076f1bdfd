# Dunder protocols of classes: sequences, numbers, conversions, context managers, errors
class V:
    def __init__(self, *xs): self.xs = list(xs)
    def __getitem__(self, i):
        if isinstance(i, slice): return V(*self.xs[i])
        return self.xs[i]
    def __len__(self): return len(self.xs)
    def __repr__(self): return f"V{tuple(self.xs)}"
    def __format__(self, spec): return "V<" + spec + ">"
    def __round__(self, n=None): return "rounded"
    def __index__(self): return 1
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __reversed__(self): return iter(["r"])
    def __neg__(self): return "neg"
    def __invert__(self): return "inv"
    def __matmul__(self, o): return "matmul"
    def __divmod__(self, o): return "dm"
    def __pow__(self, o, m=None): return ("pow", o, m)
v = V(1, 2, 3)
print(v[1], v[0:2], list(v), 2 in v, 5 in v, f"{v:abc}", format(v, "x"), round(v), round(v, 2))
print([10, 20][v], int(v), float(v), complex(v), list(reversed(v)), -v, ~v, v @ v, divmod(v, 1), pow(v, 2), pow(v, 2, 3), v ** 3)
print(hex(v), bin(v), "abc"[v], range(5)[v], len(v), bool(v), sorted(V(3, 1, 2)))
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
class NoOps: pass
for f in (lambda: NoOps() + 1, lambda: 1 - NoOps(), lambda: NoOps() < NoOps(), lambda: -NoOps(), lambda: NoOps()[0], lambda: len(NoOps()), lambda: iter(NoOps()), lambda: NoOps()(), lambda: abs(NoOps()), lambda: NoOps() in NoOps()):
    try: f()
    except TypeError as e: print(e)
class Cnt:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(Cnt()), sum(Cnt()), max(Cnt()))
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
with Ctx() as c:
    raise ValueError("x")
print("after")
class Call:
    def __call__(self, *a, **k): return (a, k)
print(Call()(1, b=2))
class Ord:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v

print(sorted([Ord(2), Ord(1)], key=lambda o: o.v)[0].v)
class Chain:
    def __init__(self): self.d = {}
    def __setattr__(self, k, v):
        if k == 'd': super().__setattr__(k, v)
        else: self.d[k] = v
    def __getattr__(self, k):
        try: return self.d[k]
        except KeyError: raise AttributeError(k) from None
ch = Chain(); ch.a = 1
print(ch.a, ch.d)
try: ch.b
except AttributeError as e: print("AttributeError", e)
class IA:
    def __iadd__(self, o): print("iadd"); return self
x = IA(); x += 1
class R:
    def __radd__(self, o): return "radd"
print(1 + R(), [1] + R() if False else "skip", sum([R()], 0) if False else "")
class Sub(list):
    def __getitem__(self, i): return "sub" + str(list.__getitem__(self, i))
print(Sub([1, 2])[0], list(Sub([1, 2])))
