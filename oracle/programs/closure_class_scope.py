x = "global"

class C:
    x = "class"
    def method(self):
        return x
    y = [x for _ in range(1)]
    z = (lambda: x)()

print(C().method())
print(C.y, C.z)

def f():
    x = "local"
    class D:
        def get(self):
            return x
        w = x
    return D
D = f()
print(D().get(), D.w)
