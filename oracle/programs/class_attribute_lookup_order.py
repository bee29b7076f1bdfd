class A:
    x = "A.x"
    def f(self):
        return "A.f"
class B(A):
    pass
b = B()
print(b.x, b.f())
B.x = "B.x"
print(b.x, A.x)
b.x = "instance"
print(b.x)
del b.x
print(b.x)
del B.x
print(b.x)
A.f = lambda self: "patched"
print(b.f())
b.f = lambda: "instance function"
print(b.f())
print(type(b).__dict__.get("x"), "f" in vars(b))
