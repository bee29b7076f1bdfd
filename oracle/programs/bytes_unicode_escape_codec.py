print('a\té\u20ac\U0001f600\\\'"\x7f\ud800'.encode('unicode_escape'))
print('a\té\u20ac\U0001f600\\'.encode('raw_unicode_escape'))
print(ascii(b'a\\tb\\x41\\u20ac\\U0001f600\\101\\n\\\\\xe9\\\nz\\"'.decode('unicode_escape')))
print(ascii(b'a\\u20ac\\t\xe9\\\\u20ac\\\\\\u0041'.decode('raw_unicode_escape')))
for b in [b'\\x4', b'\\u12', b'\\U00110000', b'\\', b'ab\\N{x}', b'\\x4g']:
  for errs in ['strict', 'replace', 'ignore', 'backslashreplace']:
    try: print(ascii(b.decode('unicode_escape', errs)))
    except Exception as e: print(e)
for b in [b'\\u12', b'\\U00110000']:
  try: print(b.decode('raw_unicode_escape'))
  except Exception as e: print(e)
print(b'x'.decode('unicode-escape'), 'x'.encode('Unicode_Escape'))
