# Writes to files are buffered as CPython's: visible to another reader after
# flush()/close()/seek() or when the buffer fills; line buffering with
# buffering=1; a file dropped right away is flushed; files left open are
# flushed at exit (the last file: not read back here).
import sys

# No tempfile in subpy yet: one name per interpreter (the oracle runs both
# at once), in /tmp.
d = "/tmp"
p = d + "/oracle_io_write_buffering_" + sys.implementation.name + ".txt"

def size():
    with open(p, "rb") as r:
        return len(r.read())

for mode in ("w", "wb"):
    f = open(p, mode)
    sizes = []
    for n in (100, 8000, 8192, 9000, 20000):
        f.seek(0)
        f.truncate()
        f.write(("x" * n) if mode == "w" else b"x" * n)
        sizes.append((n, size() in (0, n)))
    print(mode, sizes)
    f.seek(0)
    f.truncate()
    seen = []
    for i in range(12):
        f.write(("y" * 1000) if mode == "w" else b"y" * 1000)
        seen.append(size())
    print(mode, "text" if mode == "w" else "binary", seen if mode == "w" else seen[:3])
    f.close()
    print("closed", size())

g = open(p, "w", buffering=1)
g.write("abc")
print(size(), g.line_buffering)
g.write("d\nef")
print(size())
g.close()

open(p, "w").write("quick write")
print(open(p).read())

log = open(p, "w")
print("entry 1", file=log)
log.write("entry 2\n")
print(repr(open(p).read()))
log.flush()
print(repr(open(p).read()))
log.write("entry 3\n")
print(log.tell(), repr(open(p).read()))
log.close()

rw = open(p, "w+")
rw.write("read back")
rw.seek(0)
print(rw.read())
rw.close()

left = open(p, "w")
left.write("never closed\n")
