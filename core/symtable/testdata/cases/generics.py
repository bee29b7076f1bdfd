def ident[T](x: T) -> T:
    return x

def bounded[T: int, *Ts, **P](a: T, *b: *Ts) -> None:
    pass

def defaults[T = int, U: (str, bytes) = str](x: T = 1, *, y: U = "a"):
    return x

class Box[T]:
    item: T
    def get(self) -> T:
        return self.item
    def gm[S](self, s: S) -> S | T:
        return s

class Derived[T](Box[T], metaclass=Meta):
    pass

type Alias = int
type GenAlias[K, V = str] = dict[K, V]
type Rec[T: (int, str)] = list[Rec[T]] | T

class Outer:
    attr = int
    type InClass = attr
    def meth[X: attr](self, x: X) -> attr:
        pass
    class Nested[Y: attr]:
        pass

def in_func():
    local_t = int
    type LocalAlias = local_t
    def g[Z: local_t](z: Z): pass
    return LocalAlias, g

class Priv[__T]:
    def m(self) -> __T:
        return __T
    __v: __T

class UsesGlobalInClass:
    global gx
    gx = 1
    type A = gx
    def f[T: gx](self): pass

def lambdas_in_generic[T](x=lambda: T):
    return lambda: T
