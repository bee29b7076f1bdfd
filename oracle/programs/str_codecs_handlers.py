cases = [
 (b'a', 'utf-16-le'), (b'abc', 'utf-16-le'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xdc', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xd8\x00\xd8', 'utf-16-le'),
 (b'\xff\xfea\x00', 'utf-16'), (b'\xfe\xff\x00a', 'utf-16'), (b'a\x00', 'utf-16'), (b'', 'utf-16'),
 (b'a\x00\x00', 'utf-32-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\xff\xfe\x00\x00a\x00\x00\x00', 'utf-32'),
 (b'\x81', 'cp1252'), (b'\x80\x81', 'cp1252'), (b'\xef\xbb\xbfabc', 'utf-8-sig'), (b'\xef\xbb\xbfabc', 'utf-8'),
 (b'\xed\xa0\x80', 'utf-8'), (b'\xc0\x80', 'utf-8'), (b'\xe0\x80', 'utf-8'), (b'\xf4\x90\x80\x80', 'utf-8'), (b'a\xe2\x82', 'utf-8'), (b'\xe2\x82a', 'utf-8'), (b'\xf0\x9f\x98', 'utf-8'),
]
for b, enc in cases:
    for errs in ['strict', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass', 'ignore']:
        try:
            print(b, enc, errs, ascii(b.decode(enc, errs)))
        except Exception as e:
            print(b, enc, errs, type(e).__name__, e)
ecases = [('a\u20ac\xe9', 'ascii'), ('\xe9\xe8x\xe7', 'latin-1'), ('a\ud800\udfffb', 'utf-8'), ('\u20ac\u0100', 'cp1252'), ('\u0100\u0101', 'cp1252'), ('\ud800', 'utf-16-le'), ('\udc80\udcff', 'ascii'), ('\U0001f600', 'utf-16'), ('\U0001f600', 'utf-16-be'), ('ab', 'utf-32'), ('ab', 'utf-8-sig'), ('\ud83d\ude00', 'utf-32-be')]
for s, enc in ecases:
        try:
            print(ascii(s), enc, errs, s.encode(enc, errs))
        except Exception as e:
            print(ascii(s), enc, errs, type(e).__name__, e)
for n in ['UTF8', 'utf_8', 'U8', 'Latin1', 'latin 1', 'ISO-8859-1', 'iso8859_1', 'utf-16LE', 'UTF-32_BE', 'cp-1252', 'windows-1252', 'us-ascii', 'utf 8', 'UTF--8', 'foo', 'utf_8_sig', 'x-mac-roman', 'macroman', 'koi8-r', 'cp850', 'ibm437']:
    try:
        print(n, 'é'.encode(n), b'\xc3\xa9'.decode(n))
    except Exception as e:
        print(n, type(e).__name__, e)
try: 'a'.encode('utf-8', 'nope'); print('ok')
except Exception as e: print(type(e).__name__, e)
try: 'é'.encode('ascii', 'nope')
except Exception as e: print(type(e).__name__, e)
try: b'\xff'.decode('ascii', 'xmlcharrefreplace')
except Exception as e: print(type(e).__name__, e)
try: b'\xff'.decode('ascii', 'nope')
except Exception as e: print(type(e).__name__, e)
try: 'a\xe9'.encode('ascii')
except UnicodeEncodeError as e: print(e.encoding, ascii(e.object), e.start, e.end, e.reason, e.args)
try: b'a\xff'.decode('utf-8')
except UnicodeDecodeError as e: print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
