from __future__ import annotations

def annotated(a: Unknown, *args: Also) -> Ret:
    local: Hidden = 1
    return local

class WithAnnotations:
    field: SomeType
    other: int = 1

x: Global = 1

match command:
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=yy) | Point(1, yy):
        pass
    case {"key": value, **rest}:
        pass
    case [1, 2, *others] if others:
        pass
    case (1 | 2) as n:
        pass
    case _:
        pass

def inmatch(v):
    match v:
        case {"k": cap}:
            return cap
        case _:
            return None

def except_as():
    try:
        pass
    except Exception as err:
        return err

def imports():
    import os.path
    from a import b as c
    return os, c

def star_import_ok():
    pass

from os import *

class NonlocalInClass:
    def f(self):
        v = 1
        class Inner:
            nonlocal v
            v = 2
        return v

def globals_in_class():
    class G:
        global gg
        gg = 1
    return G

def yield_in_lambda():
    return lambda: (yield)

def class_in_class():
    a = 1
    class X:
        class Y:
            b = a
    return X
