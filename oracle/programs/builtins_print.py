import sys
print("a", "b", 3, None, [1])
print("a", "b", sep="-")
print("no newline", end="")
print(" <- joined")
print(sep="x")
print()
print("x", "y", sep="", end="!\n")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep=", ")
print("é€𝄞", "\t|")
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(e)
class S:
    def __str__(self):
        return "S-str"
print(S(), [S()] if False else "skip")
print(None, file=None)
