# str.encode / bytes.decode with utf-8, ascii and latin-1 and the error handlers.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ('plain', 'héllo', '日本', 'a€b', ''):
    print(repr(s), s.encode(), s.encode('utf-8'), s.encode('utf8'), s.encode('UTF-8'), s.encode('utf-8').decode('utf-8') == s)
print('abc'.encode('ascii'), 'é'.encode('latin-1'), 'ÿ'.encode('iso-8859-1'), 'x'.encode(encoding='latin1'))
print('héllo'.encode('ascii', 'replace'), 'héllo'.encode('ascii', 'ignore'), '日本'.encode('latin-1', 'replace'), 'a€'.encode('latin-1', errors='ignore'))
print(b'h\xc3\xa9llo'.decode(), b'h\xe9llo'.decode('latin-1'), b'abc'.decode('ascii'), b'\xe6\x97\xa5'.decode('utf-8'))
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'a\xffb'.decode('ascii', 'replace'), b'a\x80'.decode(errors='ignore'))
print(b'\xe6\x97'.decode('utf-8', 'replace'), b'\xf0\x9f\x98\x80'.decode(), b'\xed\xa0\x80x'.decode('utf-8', 'replace'))
t('dec-start', lambda: b'\xff'.decode())
t('dec-cont', lambda: b'\xe2\x28\xa1'.decode())
t('dec-cont2', lambda: b'\xf0\x90\x28'.decode())
t('dec-end1', lambda: b'a\xe2'.decode())
t('dec-end2', lambda: b'\xe2\x82'.decode())
t('dec-surrogate', lambda: b'\xed\xa0\x80'.decode())
t('dec-overlong', lambda: b'\xc0\x80'.decode())
t('dec-ascii', lambda: b'ab\xffc'.decode('ascii'))
t('enc-ascii', lambda: 'é'.encode('ascii'))
t('enc-ascii-run', lambda: 'aéé€b'.encode('ascii'))
t('enc-latin', lambda: '€'.encode('latin-1'))
t('enc-unknown', lambda: 'a'.encode('nope'))
t('dec-unknown', lambda: b'a'.decode('nope'))
t('bad-handler', lambda: 'é'.encode('ascii', 'bogus'))
t('enc-type', lambda: 'a'.encode(1))
try:
    b'\xff'.decode()
except UnicodeError as e:
    print('caught as UnicodeError', isinstance(e, ValueError))
try:
    'é'.encode('ascii')
except ValueError as e:
    print('caught as ValueError', type(e).__name__)
try:
    b'ab\xffc'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    'aé€b'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
