# bytes %-formatting (PEP 461).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(b'%d' % 3, b'%s and %s' % (b'x', bytearray(b'y')), b'%5d|%-5d|%05d' % (1, 2, 3), b'%x %X %o' % (255, 255, 8))
print(b'%.2f %e %g' % (3.14159, 1500.0, 0.0001), b'%c%c' % (65, b'B'), b'%r %a' % ('é', b'x'), b'100%%' % ())
print(b'%(a)s-%(b)d' % {b'a': b'A', b'b': 2}, b'%5s|%-5s|%.1s' % (b'ab', b'cd', b'ef'), bytearray(b'%i') % 7)
t('str-arg', lambda: b'%s' % 'x')
t('too-few', lambda: b'%d %d' % (1,))
t('too-many', lambda: b'%d' % (1, 2))
t('bad-char', lambda: b'%y' % 1)
t('d-str', lambda: b'%d' % 'x')
t('c-range', lambda: b'%c' % 256)
t('c-long', lambda: b'%c' % b'ab')
