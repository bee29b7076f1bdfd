# object.__reduce_ex__ / __reduce__ / __getstate__ and the type attributes dir() lists
class C: pass
c=C(); c.a=1
print(c.__reduce_ex__(2)[1:])
class I(int): pass
print(I(5).__reduce_ex__(2)[1:])
class L(list): pass
r = L([1]).__reduce_ex__(2); print(r[1:3], list(r[3]), r[4])
f = r[0]; x = f(*r[1]); print(type(x).__name__)
class D(dict): pass
r = D(a=1).__reduce_ex__(4); print(r[1:3], r[3], list(r[4]))
print(C.__annotations__, C.__type_params__, C.__text_signature__)
print((5).__reduce_ex__(2)[1:], [1].__reduce_ex__(2)[1:3], "a".__reduce_ex__(2)[1:3])
class S:
    __slots__ = ("x", "y")
s = S(); s.x = 1
print(s.__getstate__(), C().__getstate__(), object().__sizeof__())
