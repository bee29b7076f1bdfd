# Type parameters in unions (typing.Union / Optional), unpacked
# TypeVarTuples, __type_params__ of plain classes.
def f[T, U](): pass
T, U = f.__type_params__
print(int | T, T | int, T | U | None, (T | int) | str, T | T, None | T, type(T | int).__name__, (T | int).__args__, T | list[int])
print(T | (int | str), (int | str) | T)
def g[*Ts](*a: *Ts, b: tuple[*Ts]): pass
print(g.__annotations__)
print(int | str, list[int] | None, int | None)
def f[T](x: T | None, y: list[T] | int, z: None | T) -> dict[str, T]: ...
print(f.__annotations__)
class C: pass
print(C.__type_params__)
type A[T] = T | None
print(A.__value__)
print(int | str, list[int] | None)
def g[**P, *Ts](a: P, b: tuple[*Ts]): ...
print(g.__annotations__)
class A[T]: pass
class B(A[int]): pass
print(B.__type_params__, int.__type_params__, type.__type_params__)
