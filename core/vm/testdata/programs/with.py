class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, exc, tb):
        print("exit", self.name, typ.__name__ if typ else None, exc)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
def f():
    with CM("d") as x:
        return x + "!"
print(f())
for i in range(3):
    with CM("loop" + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("in loop", i)
with CM("x") as a, CM("y") as b:
    print(a, b)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
