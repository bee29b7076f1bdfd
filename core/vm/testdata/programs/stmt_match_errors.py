class A:
    pass

class B:
    __match_args__ = ["x"]

class C:
    __match_args__ = (1,)

class D:
    __match_args__ = ("x", "y")
    def __init__(self):
        self.x = 1
        self.y = 2

class E:
    __match_args__ = ("missing",)

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def m1(v):
    match v:
        case A(1):
            return "A1"
    return "no"

def m2(v):
    match v:
        case B(1):
            return "B1"
    return "no"

def m3(v):
    match v:
        case C(1):
            return "C1"
    return "no"

def m4(v):
    match v:
        case D(1, x=2):
            return "D"
    return "no"

def m5(v):
    match v:
        case int(1, 2):
            return "int"
    return "no"

def m6(v):
    match v:
        case D(1, 2, 3):
            return "D3"
    return "no"

def m7(v):
    notaclass = 5
    match v:
        case notaclass.real():
            return "?"
    return "no"

def m8(v):
    match v:
        case E(1):
            return "E"
        case E():
            return "plain E"
    return "no"

class K:
    a = "a"

def m9(v):
    match v:
        case {K.a: 1, "a": 2}:
            return "dup"
    return "no"

attempt("A", lambda: m1(A()))
attempt("A other", lambda: m1(5))
attempt("B", lambda: m2(B()))
attempt("C", lambda: m3(C()))
attempt("D", lambda: m4(D()))
attempt("int", lambda: m5(1))
attempt("D3", lambda: m6(D()))
attempt("call", lambda: m7(1))
attempt("E", lambda: m8(E()))
attempt("dup", lambda: m9({"a": 1, "b": 2}))
attempt("D no match", lambda: m6(5))

class Raiser:
    @property
    def x(self):
        raise RuntimeError("property failed")

class RaiserPat:
    __match_args__ = ("x",)

def m10(v):
    match v:
        case Raiser(x=1):
            return "raiser"
    return "no"

attempt("raiser", lambda: m10(Raiser()))

def final(v):
    match v:
        case D(1, 2, 3):
            return "D3"

final(D())
