# open(): reading this file back, the file object protocol, and errors
# (nothing is written).
# second comment line: héllo ✓
with open(__file__) as f:
    print(type(f).__name__, f.mode, f.encoding, f.errors, f.closed, f.readable(), f.writable(), f.seekable())
    first = f.readline()
    print(repr(first), repr(f.readline(8)), repr(f.read(5)))
    rest = f.readlines()
    print(len(rest) > 10, rest[-1].endswith("\n"), f.read() == "", f.readline() == "")
    f.seek(0)
    print(f.readline() == first, f.tell() == len(first.encode()))
    print(sum(1 for _ in f) == len(rest) + 2)
print(f.closed)
for op in (f.read, f.readline, f.tell, lambda: iter(f), lambda: f.seek(0), f.__enter__):
    try:
        op()
    except ValueError as e:
        print(e)
with open(__file__, "rb") as b:
    print(type(b).__name__, b.mode, b.read(6), b.readline()[:10], len(b.read(10)), b.tell() > 0)
    b.seek(0)
    data = b.read()
    print(type(data).__name__, "héllo ✓".encode() in data, b.read())
for op in (b.read, b.readline, lambda: b.seek(0)):
    try:
        op()
    except ValueError as e:
        print(e)
with open(__file__, "rb", buffering=0) as raw:
    print(type(raw).__name__, raw.mode, raw.read(2))
with open(__file__, encoding="latin-1") as lat:
    print(lat.encoding, "Ã©" in lat.read())
with open(__file__, newline="") as nl:
    print(nl.readline().endswith("\n"))
print(open(__file__).read() == open(__file__, "rb").read().decode())
try:
    open(__file__).write("x")
except OSError as e:
    print(type(e).__name__, e)
try:
    open(__file__, "rb").write(b"x")
except OSError as e:
    print(type(e).__name__, e)
for args, kw in [(("x", "rw"), {}), (("x", "rr"), {}), (("x", "q"), {}), (("x", "bt"), {}),
                 (("x", "rb"), {"encoding": "utf-8"}), (("x", "rb"), {"errors": "strict"}),
                 (("x", "rb"), {"newline": ""}), (([],), {}), ((1.5,), {}), (("x", "r"), {"closefd": False}),
                 (("x", "w", 0), {}), ((__file__, "r"), {"encoding": "no-such-codec"}), (("x", ""), {}),
                 (("x", "+"), {}), (("x",), {"buffering": "a"}), (("x", "r"), {"newline": 5}),
                 ((__file__,), {"newline": "x"}), (("missing_file_here.txt",), {}), ((".",), {})]:
    try:
        open(*args, **kw)
    except (ValueError, TypeError, LookupError, OSError) as e:
        print(type(e).__name__, e)
try:
    open("missing_dir_here/f.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
with open("missing_file_again.txt") as f:
    pass
