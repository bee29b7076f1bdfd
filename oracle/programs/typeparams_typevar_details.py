# PEP 695 type parameters: the objects, their attributes, lazy bounds.
def ident[T](x: T) -> T:
    return x

T = ident.__type_params__[0]
print(repr(T), str(T), T.__name__, T.__bound__, T.__constraints__)
print(T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(type(T).__name__, type(T).__module__, T.__module__)
print(ident.__annotations__, ident(7), ident.__name__, ident.__qualname__)

evaluated = []
def note(v):
    evaluated.append(v)
    return v

def lazy[B: note(int), C: (note(str), note(bytes))]():
    pass

print("after def:", evaluated)
B, C = lazy.__type_params__
print(B.__bound__, B.__constraints__, evaluated)
print(C.__bound__, C.__constraints__, evaluated)
print(B.__bound__ is B.__bound__, len(evaluated))

def variadic[*Ts, **P](*args: *Ts) -> None:
    pass

Ts, P = variadic.__type_params__
print(repr(Ts), repr(P), type(Ts).__name__, type(P).__name__, P.__bound__)
print(variadic.__annotations__["return"])

def plain():
    pass
print(plain.__type_params__)

def with_defaults[T](a: T, b: int = 2, *, c: str = "c") -> tuple[T, int, str]:
    return (a, b, c)
print(with_defaults(1), with_defaults(1, 3, c="z"), with_defaults.__defaults__, with_defaults.__kwdefaults__)
print(with_defaults.__annotations__)

class Outer:
    def method[U](self, u: U) -> list[U]:
        return [u]
print(Outer().method(5), Outer.method.__qualname__, Outer.method.__type_params__)

def nested():
    def inner[V](v: V) -> V:
        return v
    return inner
print(nested().__qualname__, nested().__type_params__)
