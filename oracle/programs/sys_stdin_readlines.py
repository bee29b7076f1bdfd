# oracle-stdin: "alpha\nbeta gamma\n\nlast line without newline"
import sys
f = sys.stdin
print(f.name, f.mode, f.encoding, f.readable(), f.writable(), f.fileno(), f.isatty(), f.closed)
print(repr(f.readline(3)), repr(f.readline()))
print(repr(f.read(4)))
print(f.readlines())
print(repr(f.read()), repr(f.readline()), f.readlines())
for line in f:
    print("never", line)
print(repr(f))
