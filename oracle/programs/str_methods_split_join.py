print("a,b,,c".split(","), "  many   spaces here ".split(), "a b c".split(None, 1))
print("a,b,c".rsplit(",", 1), "line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join(map(str, range(5))), ", ".join(sorted({"z", "y"})))
print("  strip me  ".strip(), "xxhixx".strip("x"), "  left".lstrip(), "right  ".rstrip(), "abcba".strip("ab"))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)
print("1,2,3".split(",", maxsplit=1), "".split(","), "".split())
