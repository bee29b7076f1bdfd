s = "hello"
print(s, len(s), s[0], s[-1], s[1:3], s[::-1], s[::2], s + " world", s * 3)
print(repr(s), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnew\nline\\"))
u = "héllo wörld ✓"
print(u, len(u), u[1], u[-1], u[6:11], repr(u))
print("a,b,c".split(","), " x  y ".split(), "-".join(["a", "b", "c"]), "Hello".upper(), "Hello".lower())
print("  pad  ".strip() + "|", "abc".startswith("ab"), "abc".endswith("bc"), "aXbXc".replace("X", "-"))
print("b" in "abc", "z" in "abc", "abc" < "abd", "B" < "a", "abc" == "abc", "é" > "z")
print(str(12), str(1.5), str(None), str(True), str([1, "a"]), repr(None))
print(f"{1+2} {s!r} {s} {'x'}", f"{{literal}}", f"{3.0}")
for ch in "héy":
    print(ch, ord(ch))
print(chr(65), chr(233), chr(10003))
