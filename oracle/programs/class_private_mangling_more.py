# Private-name mangling: attributes, methods, nested classes, type
# parameters, imports, comprehensions; dunders and _-only class names.
class C[__T]:
    def m(self, x: __T) -> __T: return x
    __a = 1
    def get(self): return self.__a, C.__a
print(C.__type_params__, C.m.__annotations__, C().get())
class D:
    def __f(self): return "f"
    def g(self): return self.__f(), getattr(self, "_D__f")()
    class __Inner:
        pass
    def h(self): return self.__Inner.__name__
    @staticmethod
    def s(__x=1): return __x
print(D().g(), D().h(), D.s(), sorted(k for k in D.__dict__ if "D__" in k))
class _E:
    __x = 1
print(sorted(k for k in _E.__dict__ if "x" in k))
class ___:
    __y = 2
print(sorted(k for k in ___.__dict__ if "y" in k))
def outer():
    class F:
        __z = 3
        def get(self):
            __w = 4
            return [__w for _ in range(1)], self.__z
    return F().get()
print(outer())
import sys as __sys
class G:
    import sys as __mod
    def mod(self): return self.__mod.__name__
print(G().mod())
