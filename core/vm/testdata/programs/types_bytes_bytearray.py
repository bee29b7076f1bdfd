# bytearray: construction, mutation, item and slice assignment.
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

a = bytearray(b'hello')
print(a, bytearray(), bytearray(3), bytearray([65, 66]), bytearray('hé', 'utf-8'), bytearray(b'x') == b'x', len(a))
a.append(33)
a.extend(b' ok')
a.extend([65, 66])
a.extend(bytearray(b'!'))
print(a, a.pop(), a.pop(0), a)
a.insert(0, 72)
a.insert(-1, 95)
a.insert(100, 90)
a.remove(ord('l'))
print(a)
a.reverse()
print(a)
a[0] = 97
a[-1] = 98
print(a, a[0], a[-1], a[1:3], type(a[1:3]).__name__)
a[1:3] = b'XYZW'
print(a)
a[::2] = bytes(len(a[::2]))
print(a)
del a[0]
del a[1:3]
del a[::2]
print(a)
a[:] = [1, 2, 3]
print(a)
a[1:1] = b'ins'
print(a)
a[len(a):] = bytearray(b'end')
print(a)
c = a.copy()
c.clear()
print(a, c, c is a)
b = bytearray(b'ab')
b += b'cd'
b += bytearray(b'e')
print(b)
b *= 2
print(b)
alias = b
alias += b'!'
print(b is alias, b)
print(b + b'x', type(b + b'x').__name__, type(b'x' + b).__name__, b * 2, type(b * 0).__name__)
print(bytearray(b'abc').upper(), bytearray(b'a b').split(), bytearray(b'abc').decode(), bytearray(b' x ').strip())
t('hash', lambda: hash(bytearray()))
t('set-range', lambda: setitem(bytearray(b'abc'), 0, 300))
t('set-type', lambda: setitem(bytearray(b'abc'), 0, 'a'))
t('set-index', lambda: setitem(bytearray(b'abc'), 5, 1))
t('get-index', lambda: bytearray(b'a')[5])
t('get-type', lambda: bytearray(b'a')['x'])
t('del-index', lambda: delitem(bytearray(b'a'), 4))
def ext(v):
    a = bytearray(b'abcd')
    a[::2] = v
    return a
def sl(v):
    a = bytearray(b'abcd')
    a[0:2] = v
    return a
t('ext-slice', lambda: ext(b'xyz'))
t('ext-slice-ok', lambda: ext([1, 2]))
t('slice-int', lambda: sl(5))
t('slice-str', lambda: sl('ab'))
t('slice-iter', lambda: sl(range(3)))
t('slice-self', lambda: sl(bytearray(b'zz')))
t('append-range', lambda: bytearray().append(256))
t('append-str', lambda: bytearray().append('a'))
t('pop-empty', lambda: bytearray().pop())
t('pop-index', lambda: bytearray(b'a').pop(5))
t('remove-missing', lambda: bytearray(b'a').remove(9))
t('extend-int', lambda: bytearray().extend(5))
t('extend-bad', lambda: bytearray().extend([1, 300]))
t('str-noenc', lambda: bytearray('a'))
t('float', lambda: bytearray(1.5))
t('neg', lambda: bytearray(-2))
t('iadd-str', lambda: iadd(bytearray(), 'x'))
x = bytearray(b'xyz')
it = iter(x)
print(next(it), list(it), list(reversed(x)), sorted(x), x.find(b'y'), x.count(121), 121 in x)
print(x == bytearray(b'xyz'), x < b'xz', x >= bytearray(b'xyz'), bytearray(b'a') != b'a')
print(bytearray.fromhex('ff00'), bytearray(b'%d-%s') % (5, b'x'), repr(bytearray(b"'")))
class Buf(bytearray):
    def __init__(self, x, n):
        super().__init__(x * n)
bf = Buf(b'ab', 2)
bf.append(33)
print(repr(bf), type(bf).__name__, len(bf), bf == b'abab!', type(bf.copy()).__name__)
