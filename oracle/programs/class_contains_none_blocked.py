# __contains__ = None blocks the in operator, even with __iter__.
class C:
    __contains__ = None
class N:
    __contains__ = None
    def __iter__(self): return iter([1])
class Sub(N):
    pass
class Ok(N):
    def __contains__(self, x): return x == 1
for obj in [C(), N(), Sub()]:
    for expr in [lambda: 1 in obj, lambda: 1 not in obj]:
        try:
            print(expr())
        except TypeError as e:
            print("TypeError:", e)
print(1 in Ok(), 2 in Ok(), list(N()))
