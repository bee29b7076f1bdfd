# Output of several interpreters written on one thread keeps its order,
# and is_shareable agrees with CPython 3.13 on the common types.
import _interpreters as I

print('main 1')
a = I.create()
I.exec(a, 'print("a 1")')
print('main 2')
b = I.create()
I.exec(b, 'print("b 1")\nimport _interpreters as J\nprint("b sees", J.get_current())')
I.exec(a, 'print("a 2", end="")\nprint(" and more")')
print('main 3')
I.exec(a, 'import sys\nprint("a to stderr", file=sys.stderr)')
I.destroy(b)
print('main 4')
for v in (None, True, False, 0, -1, 2 ** 40, 1.5, float('inf'), '', 'text', b'', b'bytes',
          (), (1, 'a', b'b', None, 2.5), ((1,), ('x', (None,))), memoryview(b'abc')):
    print(repr(v) if not isinstance(v, memoryview) else 'memoryview(bytes)', I.is_shareable(v))
class Sub(int):
    pass
for v in ([], {}, set(), bytearray(), object(), len, Sub(1), type, ...):
    print(type(v).__name__, I.is_shareable(v))
I.destroy(a)
print('main 5')
