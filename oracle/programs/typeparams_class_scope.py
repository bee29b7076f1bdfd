# Generic definitions and type aliases inside class bodies see the class
# namespace (through __classdict__); comprehensions there are not inlined.
X = "global"
class C:
    X = "class"
    type A = X
    def m[T: X](self) -> X: ...
    class D[U: X]: pass
    def n[V](self) -> V:
        def inner() -> V: ...
        return inner
print(C.A.__value__, C.m.__type_params__[0].__bound__, C.m.__annotations__)
print(C.D.__type_params__[0].__bound__)
print(C.n.__annotations__)
def outer():
    Y = "outer"
    class K:
        Y = "class"
        type B = Y
        def z[W: Y](self): ...
    return K
K = outer()
print(K.B.__value__, K.z.__type_params__[0].__bound__)

class Base:
    def hello(self): return "base"
class G[T](Base):
    def hello(self) -> T:
        return "g+" + super().hello()
    def gen[U](self, u: U) -> U:
        return super().hello(), u
print(G().hello(), G().gen(3), G.__mro__)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class H[T]:
    x: T
    y: int = 1
print(H.decorated, H.__annotations__, H.__firstlineno__)
class M(type):
    def __new__(m, name, bases, ns, **kw):
        print("meta", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(m, name, bases, ns)
class K[T](metaclass=M, flag=1):
    def f(self): pass
print(type(K).__name__, K.__type_params__)
async def co[T](x: T) -> T:
    return x
print(co.__type_params__, co.__annotations__)
c = co(1)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
lam = lambda: [T for T in range(2)]
print(lam())
def gen[T]():
    yield T
print(list(gen()), gen.__type_params__)

class Scoped:
    N = 3
    type Squares = [i * i for i in range(N)] if False else list[int]
    type Lazy = {k: k for k in "ab"}
    def method[T](self) -> [T for _ in "ab"]: ...
print(Scoped.Squares.__value__, Scoped.Lazy.__value__, Scoped.method.__annotations__)

class Hidden:
    M = 5
    type Fails = [M for _ in range(1)]
try:
    Hidden.Fails.__value__
except NameError as e:
    print("NameError:", e)
