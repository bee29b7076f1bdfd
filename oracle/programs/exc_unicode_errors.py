# The UnicodeError family: constructor checks, attributes and str.
d = UnicodeDecodeError("utf-8", b"ab\xff\xfecd", 2, 3, "invalid start byte")
print(d.encoding, d.object, d.start, d.end, d.reason, d.args)
print(str(d))
d2 = UnicodeDecodeError("utf-8", b"ab\xff\xfecd", 2, 4, "invalid data")
print(str(d2))
e = UnicodeEncodeError("ascii", "caf\xe9 \u2603 \U0001f600", 3, 4, "ordinal not in range(128)")
print(str(e))
print(str(UnicodeEncodeError("ascii", "\u2603", 0, 1, "no")))
print(str(UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "no")))
print(str(UnicodeEncodeError("ascii", "abcdef", 1, 4, "no")))
t = UnicodeTranslateError("\xe9x", 0, 1, "cannot map")
print(t.encoding, t.object, t.start, t.end, str(t))
for bad in [("utf-8",), (1, b"", 0, 1, "r"), ("utf-8", b"x", "0", 1, "r")]:
    try:
        UnicodeDecodeError(*bad)
    except TypeError as ex:
        print("TypeError", ex)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
d.reason = "changed"
print(str(d))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as ex:
    print(ex.start, ex.end, ex.reason, ex)
