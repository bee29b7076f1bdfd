def outer(a):
    b = 1
    c = 2
    def middle():
        nonlocal b
        b = 3
        def inner():
            return a + b + c + d
        return inner
    class K:
        c = 10
        def m(self):
            return c
        def n(self):
            nonlocal b
            return b
        d = c
    return middle

def shadow():
    x = 1
    def g():
        global x
        x = 2
    def h():
        return x
    return g, h

x = 0
def uses_global():
    return x

def decl_global_unused():
    global never_bound
    def inner():
        return never_bound

def lambdas_in_defaults(p=lambda: q, *, r=lambda s: s + t):
    q = t = 0
    return lambda: (lambda: p)()

def deep():
    v = 1
    def a():
        def b():
            def c():
                return v
            return c
        return b
    return a

def cls_free():
    y = 1
    class A:
        y = 2
        def m(self):
            return y
        z = [y for _ in range(3)]
    return A

class Outer:
    def __init__(self):
        super().__init__()
    def explicit(self):
        return __class__
    class Inner:
        def m(self):
            return __class__

def super_in_lambda():
    class S:
        f = lambda self: super()
    return S

def del_free():
    v = 1
    def g():
        return v
    del v
    return g

def private_names():
    class Priv:
        __x = 1
        __y__ = 2
        def m(self, __p):
            __q = self.__x
            return __p, __q, __y__
        def n(self):
            global __g
            return __g
    class ___:
        __z = 3
    return Priv

def star_params(*, a, b):
    return a, b

def param_cell(p):
    def g():
        return p
    return g
