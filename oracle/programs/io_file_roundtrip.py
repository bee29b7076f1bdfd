import os
import tempfile
d = tempfile.mkdtemp(prefix="oracle-io-")
path = os.path.join(d, "data.txt")
with open(path, "w", encoding="utf-8") as f:
    n = f.write("line one\nline two\n")
    f.write("ünïcode ✓\n")
print(n)
with open(path, encoding="utf-8") as f:
    print(repr(f.readline()), f.readlines())
with open(path, "a", encoding="utf-8") as f:
    print("appended", file=f)
with open(path, encoding="utf-8") as f:
    lines = [l.rstrip("\n") for l in f]
print(lines, len(lines))
with open(path, "rb") as f:
    raw = f.read()
    print(len(raw), raw[:8], f.tell())
    f.seek(5)
    print(f.read(3))
with open(path, "wb") as f:
    f.write(b"\x00\x01binary")
with open(path, "rb") as f:
    print(f.read())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
os.remove(path)
os.rmdir(d)
print(os.path.exists(path))
