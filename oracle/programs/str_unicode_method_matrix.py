def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, ascii(r))

S = ["", "abc", "Hello World", "ß straße", "ǆ ǅ Ǆ", "ΣΑΣ ΌΣΟΣ", "İstanbul", "ﬁ ﬂ", "  \t\n x y\u3000z\u2028 ", "a\r\nb\rc\nd\x0be\x0cf\x1cg\x85h\u2029", "١٢٣ ½ ² Ⅷ", "𝔘𝔫𝔦", "tItLe cAsE", "ÀÉÎ õü", "x\u0301y", "ῼ ᾳ", "ΑΣ.", "ΑΣ'Α", "123abc", "\ud800x"]
for i, s in enumerate(S):
    for m in ["upper", "lower", "casefold", "swapcase", "title", "capitalize", "isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable", "isascii", "islower", "isupper", "istitle", "isidentifier", "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip"]:
        show(f"{i}.{m}", lambda: getattr(s, m)())
    show(f"{i}.splitlines(True)", lambda: s.splitlines(True))
    show(f"{i}.split(None,1)", lambda: s.split(None, 1))
    show(f"{i}.rsplit(None,1)", lambda: s.rsplit(None, 1))
    show(f"{i}.repr", lambda: repr(s))
    show(f"{i}.len", lambda: len(s))
    show(f"{i}.center", lambda: s.center(12, '*'))
    show(f"{i}.zfill", lambda: s.zfill(8))
    show(f"{i}.expandtabs", lambda: s.expandtabs(4))
    show(f"{i}.find", lambda: (s.find("a"), s.rfind("a"), s.find(""), s.rfind(""), s.count(""), s.find("x", 1, 5), s.count("a", -3)))
    show(f"{i}.slices", lambda: (s[::2], s[::-1], s[1:-1], s[-3:], s[5:1:-2]))
    show(f"{i}.encode", lambda: s.encode("utf-8", "backslashreplace"))
    show(f"{i}.replace", lambda: (s.replace("", "-"), s.replace("", "-", 2), s.replace("a", "XY", 1)))
    show(f"{i}.partition", lambda: (s.partition(" "), s.rpartition(" ")))
    show(f"{i}.startswith", lambda: (s.startswith(("a", "H")), s.endswith("c", 0, 3), s.startswith("", 50), s.endswith("")))
