# PEP 696 type parameter defaults (Python 3.13), evaluated lazily.
order = []
def note(v):
    order.append(v)
    return v

def f[T = note(int), *Ts = *tuple[int, str], **P = [int, str]]():
    pass

print(order)
T, Ts, P = f.__type_params__
print(T.__default__, Ts.__default__, P.__default__, order)
print(T.has_default(), Ts.has_default(), P.has_default())

def g[U, *Us, **Q]():
    pass
U, Us, Q = g.__type_params__
print(U.__default__, Us.__default__, Q.__default__, U.has_default())
print(type(U.__default__).__name__, U.__default__ is Q.__default__)

class Box[K: int = bool, V = str]:
    pass
K, V = Box.__type_params__
print(K.__bound__, K.__default__, V.__default__)
print(Box[int], Box[int].__args__, Box[int, bytes])
try:
    Box[()]
except TypeError as e:
    print("TypeError:", e)

type Alias[X = float] = list[X]
print(Alias.__type_params__[0].__default__, Alias[int])
