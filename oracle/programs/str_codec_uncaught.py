# A decoding error escapes: the traceback shows CPython's message.
data = "naïve café".encode("utf-8")
print(data, len(data))
print(data.decode("latin-1"))
print(data[:3].decode("utf-8", "replace"), data[:3].decode("utf-8", "backslashreplace"))
try:
    "€".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.args[0], ascii(e.object))
def load(raw):
    return raw.decode("ascii")
load(b"ok \xc3\xa9")
