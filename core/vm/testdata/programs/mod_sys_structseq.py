import sys

vi = sys.version_info
print(type(vi).__name__, type(vi).__module__ if hasattr(type(vi), '__module__') else '')
print(vi.n_fields, vi.n_sequence_fields, vi.n_unnamed_fields, type(vi).n_fields)
print(isinstance(vi, tuple), vi == (3, 13, 0, 'final', 0), vi[:3], vi[-1], list(vi))
print(vi > (3, 12), vi < (3, 14), hash(vi) == hash(tuple(vi)))
def set_major():
    vi.major = 4
def del_minor():
    del vi.minor
def set_foo():
    vi.foo = 1
def set_item():
    vi[0] = 1
for f in [set_major, del_minor, set_foo, set_item]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__)
major, minor, *rest = vi
print(major, minor, rest)
print(repr(vi).replace('final', 'X'))

impl = sys.implementation
print(type(impl).__name__, repr(impl).startswith('namespace(name='))
impl.extra = 5
print(impl.extra)
del impl.extra
print(hasattr(impl, 'extra'))
try:
    del impl.extra
except AttributeError as e:
    print('AttributeError')
NS = type(impl)
a = NS(x=1, y='two')
print(a, a == NS(x=1, y='two'), a == NS(x=1), a != NS(y='two', x=1))
a.z = [1, 2]
print(a, a.x, a.y, a.z)
print(NS())
try:
    NS(1)
except TypeError as e:
    print('TypeError')

out = sys.stdout
print(out.encoding, out.mode, out.name, out.closed)
print(sys.stderr.errors, sys.stderr.name, sys.stderr.fileno(), out.fileno())
print(out.isatty(), out.writable(), out.readable(), out.flush())
print(repr(out))
try:
    out.write(5)
except TypeError as e:
    print(e)
# CPython's zipimport imports time at startup: only math is checked.
print('math' in sys.modules)
import math
print('math' in sys.modules, math.sqrt(16.0), sys.modules['math'] is math)
from time import struct_time
print('time' in sys.modules, struct_time.n_fields)
# math is an extension module in CPython (lib-dynload), builtin here.
print('time' in sys.builtin_module_names, 'sys' in sys.builtin_module_names)
b = NS(p=1)
print(b.__dict__, sorted(b.__dict__))
b.__dict__['q'] = 2
print(b, b.q)
try:
    b.missing
except AttributeError as e:
    print(e)
try:
    del b.missing
except AttributeError as e:
    print(e)
print(getattr(b, 'missing', 'dflt'), hasattr(b, 'p'), type(b).__name__, b.__class__ is NS)


class Sub(NS):
    def total(self):
        return self.p + self.q


s = Sub(p=3, q=4)
s.r = 5
print(s, s.total(), isinstance(s, NS), s == NS(p=3, q=4, r=5))
