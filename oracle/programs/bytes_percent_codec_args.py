def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, ascii(r))
for fmt, a in [(b"%s", b"x"), (b"%s", "x"), (b"%b", 5), (b"%5s|%-5b|", (b"a", b"b")), (b"%x %X %o %d %i %u", (255, 255, 8, -3, 4, 5)),
               (b"%c", 65), (b"%c", b"z"), (b"%c", 256), (b"%c", "a"), (b"%r", "é"), (b"%a", b"x"), (b"%.2f|%5.1e|%g", (1.2345, 12345.0, 0.0001)),
               (b"%(k)s", {b"k": b"v"}), (b"%(k)s", {"k": b"v"}), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%z", 1), (b"%", ()),
               (b"%s", memoryview(b"mv")), (b"%s", bytearray(b"ba")), (b"%d", "x"), (b"%*d|%-*d|", (4, 1, 3, 2)), (b"%%%s", b"x"), (b"%.1s", b"abc"),
               (b"%#x %#o", (255, 8)), (b"%05d", -42), (b"%+d % d", (5, 5))]:
    show(repr(fmt), lambda: fmt % a)
show("ba", lambda: bytearray(b"%s-%d") % (b"x", 3))
class B:
    def __bytes__(self): return b"BB"
show("bytes_proto", lambda: (b"%s" % B(), bytes(B())))
show("encode_kw", lambda: ("é".encode(encoding="latin-1"), "é".encode(errors="replace", encoding="ascii"), b"\xe9".decode(encoding="latin-1")))
show("encode_bad", lambda: "x".encode(encoding=1))
show("encode_bad2", lambda: "x".encode("utf-8", "strict", 3))
show("decode_bad", lambda: b"x".decode(x=1))
show("strmeth", lambda: (str(b"\xe9", "latin-1"), str(b"abc", encoding="ascii"), str(memoryview(b"mv"), "utf-8")))
show("strbad", lambda: str(5, "utf-8"))
