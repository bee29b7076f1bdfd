# __slots__, member descriptors, the live instance __dict__, __class__ assignment,
# the class's mappingproxy
class P:
    __slots__ = ("x", "y", "__secret")
    def __init__(self, x):
        self.x = x
        self.__secret = "s"
    def peek(self):
        return self.__secret
p = P(1)
print(p.x, p.peek(), P.x, P._P__secret, type(P.x).__name__, P.__slots__)
for action in ("read y", "del y", "set z", "dict", "weak"):
    try:
        if action == "read y":
            p.y
        elif action == "del y":
            del p.y
        elif action == "set z":
            p.z = 3
        elif action == "dict":
            p.__dict__
        else:
            p.__weakref__
    except AttributeError as e:
        print(action, "AttributeError:", e)
p.y = 2
del p.y
print(hasattr(p, "y"), hasattr(p, "__dict__"))

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__, sorted(k for k in WithDict.__dict__ if not k.startswith("__") or k == "__dict__"))

class Single:
    __slots__ = "only"
s = Single()
s.only = 9
print(s.only, Single.__slots__, Single.only)

class Kid(P):
    pass
k = Kid(5)
k.extra = 6
print(k.x, k.extra, k.__dict__)

for body in ["__slots__ = ('a',)\n    a = 1", "__slots__ = 1", "__slots__ = (1,)", "__slots__ = ('a b',)", "__slots__ = ('__dict__', '__dict__')"]:
    try:
        exec("class Q:\n    " + body)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

try:
    P.x.__get__(1)
except TypeError as e:
    print("TypeError:", e)

# the instance __dict__ is live
class O:
    pass
o = O()
o.a = 1
d = o.__dict__
d["b"] = 2
o.c = 3
print(o.b, d, vars(o) is d)
del d["a"]
print(hasattr(o, "a"), o.__dict__)
o.__dict__ = {"z": 26}
print(o.z, hasattr(o, "b"))
try:
    o.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
del o.z
try:
    del o.z
except AttributeError as e:
    print("AttributeError:", e)

# __class__ assignment
class Cat:
    def speak(self):
        return "meow"
class Dog:
    def speak(self):
        return "woof"
pet = Cat()
pet.name = "rex"
pet.__class__ = Dog
print(pet.speak(), pet.name, type(pet).__name__, pet.__class__ is Dog)
for bad in (5, int):
    try:
        pet.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)

# the class namespace: a read-only mappingproxy
class NS:
    "The doc."
    x = 1
    def f(self):
        pass
mp = NS.__dict__
print(type(mp).__name__, mp["x"], "f" in mp, mp.get("nope", 0), NS.__doc__, mp["__doc__"])
try:
    mp["x"] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    mp["zz"]
except KeyError as e:
    print("KeyError:", e)
print(repr(type("E", (), {"k": 1}).__dict__)[:30])
print(O.__doc__, "__weakref__" in O.__dict__, "__dict__" in O.__dict__, O.__dict__["__dict__"])
NS.y = 5
print(mp["y"], len([k for k in mp if not k.startswith("__")]))
class A:
    __slots__ = ('a',)
class B(A): pass
class C(A): pass
class D(B, C):
    __slots__ = ('d',)
d = D(); d.a = 1; d.d = 2; d.x = 3
print(d.a, d.d, d.x)
class E:
    __slots__ = ('e',)
try:
    class F(A, E): pass
except TypeError as e: print(e)
try:
    class G(A, E):
        __slots__ = ()
except TypeError as e: print(e)
class H(A):
    __slots__ = ('h',)
h = H(); h.a = 1; h.h = 2
print(h.a, h.h, H.h, H.a)
class I(H, B): pass
i = I(); i.a = 5; i.h = 6
print(i.a, i.h)
