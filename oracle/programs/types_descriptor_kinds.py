d=dict.__dict__['fromkeys']; print(repr(d), d.__name__, d.__qualname__, d.__objclass__, d.__text_signature__ is None or True)
print(dir(d))
print(d(dict, [1,2]), d.__get__(None, dict)([3]))
try: d(1)
except Exception as e: print(type(e).__name__, e)
try: d()
except Exception as e: print(type(e).__name__, e)
try: d.__get__(1)
except Exception as e: print(type(e).__name__, e)
class D(dict): pass
print(type(D.fromkeys), D.fromkeys([1]), type(D.fromkeys([1])))
print(int.__dict__['from_bytes'], type(object.__dict__['__init_subclass__']).__name__, type(list.__dict__['__class_getitem__']).__name__)
print(int.from_bytes(b'\x01\x00', 'little'), float.fromhex('0x1p3'), bytes.fromhex('ff'), list[int], D.fromkeys('ab', 0))
class E:
    def __init_subclass__(cls, **kw): print("init_subclass", cls.__name__, kw)
class F(E, x=1): pass
class G(int): pass
print(G.from_bytes(b'\x05', 'big'), type(G.from_bytes(b'\x05', 'big')).__name__)
print(type(int.__dict__['from_bytes']).__name__, type(type.__dict__['__prepare__']).__name__)
class S:
    __slots__ = ('a',)
class P: pass
for d in [int.__dict__['real'], type(lambda:0).__dict__['__code__'], P.__dict__['__dict__'], S.__dict__['a'], int.__dict__['__add__'], (1).__add__, str.__dict__['upper'], dict.__dict__['fromkeys'], slice.__dict__['start']]:
    print(type(d).__name__, repr(d)[:40] if 'at 0x' not in repr(d) else '', end=' ')
    for a in ['__name__', '__qualname__', '__objclass__']:
        try: print(getattr(d, a), end=' ')
        except AttributeError as e: print('AE', end=' ')
    print()
print(type(S.a).__name__, type(P.__dict__['__weakref__']).__name__)
import sys
print(type(range.start).__name__, range.start.__qualname__, type(sys.version_info).__dict__['major'].__class__.__name__)
r = slice(1, 2)
try: r.start = 5
except AttributeError as e: print(e)
try: range(3).start = 1
except AttributeError as e: print(e)
try: (1).real = 1
except AttributeError as e: print(e)
e = OSError(2, 'x')
print(e.errno, type(OSError.__dict__['errno']).__name__)
print(type(None)(), type(NotImplemented)(), type(...)())
try: type(None)(1)
except TypeError as e: print(e)
print(list.__doc__.splitlines()[0])
def g():
    yield 1
gen = g()
next(gen)
gen.__del__()
print(gen.gi_suspended, type(g).__name__, g.__class__.__class__.__name__)
print(type(gen)[int], [] + [], (1,) + (2,))
try: [].__radd__
except AttributeError as e: print(e)
class C:
    def m(self): return 1
bm = C().m
print(bm.__get__(None, C) is bm, bm.__get__(5) is bm)
