# memoryview over bytes and bytearray: views, writes through, release.
buf = bytearray(b"hello world")
mv = memoryview(buf)
print(len(mv), mv.readonly, mv.format, mv.itemsize, mv.nbytes, mv.ndim, mv.shape, mv.strides)
head = mv[:5]
head[0] = ord("J")
print(buf, head.tobytes(), bytes(mv[6:]), mv[::-1].tobytes(), mv[-1], mv[0,])
mv[6:11] = b"WORLD"
print(buf.decode(), mv.tolist()[:3], mv.hex(), mv[:3].hex(":"))
print(mv == buf, mv == b"Jello WORLD", mv[:2] == memoryview(b"Je"), mv.obj is buf)
signed = memoryview(b"\x01\xff").cast("b")
chars = memoryview(b"ab").cast("c")
print(signed.tolist(), signed.format, chars.tolist(), chars[1], chars == b"ab", list(memoryview(b"xyz")))
ro = memoryview(b"abc")
print(hash(ro) == hash(b"abc"), bytes(ro.toreadonly()), b"-".join([ro, b"d"]), b"%s!" % ro)
for bad in (lambda: ro.__setitem__(0, 1), lambda: mv.__setitem__(0, 256), lambda: mv.__setitem__(0, "x"),
            lambda: mv.__setitem__(slice(0, 2), b"x"), lambda: mv[20], lambda: mv["k"], lambda: memoryview(5),
            lambda: hash(mv), lambda: memoryview(b"xyz")[::2].cast("B")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with memoryview(b"scoped") as m2:
    print(m2.tobytes(), m2.nbytes)
print(repr(m2).startswith("<released memory at"))
print(len(m2))
