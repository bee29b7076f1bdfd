import sys
out, err = sys.stdout, sys.stderr
print(repr(out), repr(err))
print(out.name, out.mode, out.encoding, out.errors, err.errors, out.fileno(), err.fileno())
print(out.writable(), out.readable(), err.writable(), out.closed)
n = out.write("partial ")
print(n, out.write("é☃\n"))
out.writelines(["a", "b", "\n"])
print("to stderr", 42, file=sys.stderr)
print("sep", "end", sep="|", end="!\n", file=sys.stdout, flush=True)
print(sys.__stdout__ is out, sys.__stderr__ is err, sys.__stdin__ is sys.stdin)
try:
    out.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    out.write()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdin.write("x")
except Exception as e:
    print(type(e).__name__, e)
out.flush()
err.write("done on stderr\n")
