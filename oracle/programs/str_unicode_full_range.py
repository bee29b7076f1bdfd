bad = 0
out = []
for lo in range(0, 0x110000, 0x1000):
    s = "".join(chr(c) for c in range(lo, lo + 0x1000) if not 0xD800 <= c <= 0xDFFF)
    row = [s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title(), s.capitalize()]
    flags = "".join("".join("1" if getattr(ch, m)() else "0" for ch in s[::7]) for m in ("isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable", "islower", "isupper", "istitle", "isidentifier", "isalnum"))
    out.append(str(hash(tuple(row))) + " " + str(hash(flags)) + " " + str(len(s.split())) + " " + str(len(s.splitlines())))
print("\n".join(out))
