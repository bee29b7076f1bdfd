# bytes: constructors, repr, containers, comparisons, hashing.
def setitem(o, k, v):
    o[k] = v
def delitem(o, k):
    del o[k]
def getitem(o, k):
    return o[k]
def iadd(o, v):
    o += v
    return o
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\x00\t\n\r\\\x7f\x80\xff')
print(bytes(), bytes(4), bytes([0, 65, 255]), bytes(range(65, 70)), bytes(b'xyz'), bytes(bytearray(b'q')))
print(bytes('héllo', 'utf-8'), bytes('abc', 'ascii'), bytes('é', 'latin-1'), bytes('é', encoding='utf-8'))
print(bytes((x for x in [1, 2, 3])), bytes(True), bytes(source=b'kw'))
print(str(b'abc'), repr(b'abc'), len(b'hello'), len(b''))
t('neg', lambda: bytes(-1))
t('str', lambda: bytes('a'))
t('enc-no-str', lambda: bytes(1, 'utf-8'))
t('errs-no-str', lambda: bytes(b'a', errors='strict'))
t('range', lambda: bytes([256]))
t('range-neg', lambda: bytes([-1]))
t('item-type', lambda: bytes(['a']))
t('none', lambda: bytes(None))
t('float', lambda: bytes(1.5))
t('kw', lambda: bytes(x=1))
t('unknown-enc', lambda: bytes('a', 'nope'))
b = b'hello world'
print(b[0], b[-1], b[1:4], b[::-1], b[::2], b[-3:], b[100:], b[:0], b[1:8:3], b[-1:-6:-2])
t('index', lambda: b[11])
t('index-neg', lambda: b[-12])
t('index-type', lambda: getitem(b, 'x'))
print(list(b'abc'), [x for x in b'\x01\x02'], tuple(b''))
print(104 in b, b'wor' in b, b'' in b, b'xyz' in b, 0 in b, bytearray(b'lo') in b)
t('in-str', lambda: 'a' in b'abc')
t('in-range', lambda: 300 in b'abc')
t('in-neg', lambda: -1 in b'abc')
print(b'a' + b'b', b'ab' * 3, 3 * b'ab', b'x' * 0, b'x' * -1, b'a' + bytearray(b'b'))
t('concat-str', lambda: b'a' + 'b')
t('concat-int', lambda: b'a' + 1)
t('mul-str', lambda: b'a' * 'x')
t('mul-float', lambda: b'a' * 1.5)
print(b'abc' == b'abc', b'abc' != b'abd', b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'a' <= b'a', b'z' >= b'a')
print(b'abc' == 'abc', b'abc' == bytearray(b'abc'), b'' == b'', b'a' == 97)
t('lt-str', lambda: b'a' < 'b')
t('lt-int', lambda: b'a' < 1)
print(hash(b'abc') == hash(b'abc'), hash(b'abc') == hash('abc'), hash(b'') == hash(b''))
print({b'a': 1, b'b': 2}[b'b'], b'x' in {b'x', b'y'}, len({b'a', b'a', bytes(b'a')}))
print(bool(b''), bool(b'\x00'), isinstance(b'', bytes), type(b'').__name__, bytes is type(b'x'))
print(sorted([b'b', b'a', b'ab', b'']), max(b'az'), min(b'az'), sum(b'\x01\x02'))
class B(bytes):
    pass
x = B(b'sub')
print(repr(x), type(x).__name__, x == b'sub', isinstance(x, bytes), type(x + b'!').__name__)
class WithBytes:
    def __bytes__(self):
        return b'from dunder'
print(bytes(WithBytes()))
class Doubled(bytes):
    def __new__(cls, x):
        return super().__new__(cls, x * 2)
d = Doubled(b'ab')
print(repr(d), type(d).__name__, len(d), d.upper(), type(d.upper()).__name__)
t('new-not-subtype', lambda: bytes.__new__(int))
t('new-no-type', lambda: bytes.__new__(1))
