def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, ascii(r))
show("a", lambda: "abc".__format__("^5"))
show("b", lambda: (5).__format__("x"))
show("c", lambda: (1.5).__format__(".1f"))
show("d", lambda: object().__format__("") .startswith("<object object at"))
show("d2", lambda: object().__format__("x"))
class M:
    def __format__(self, spec):
        return "M<" + spec + ">"
show("e", lambda: (f"{M():abc}", format(M(), "q"), "{:zz}".format(M()), f"{M()}"))
class S(str):
    pass
s = S("Hello")
show("f", lambda: (type(s.upper()), type(s + "x"), type(s[1:]), type(str(s)), s == "Hello", hash(s) == hash("Hello"), type(s.strip()), type(s.center(2)), repr(s), f"{s:>7}"))
class I(int):
    def __format__(self, spec):
        return "I" + super().__format__(spec)
show("g", lambda: (format(I(5), "03"), f"{I(7):x}"))
class F(float): pass
show("h", lambda: (format(F(2.5), ".2f"), f"{F(1.0)}"))
show("i", lambda: str.__len__("abc"))
show("j", lambda: ("abc".__contains__("b"), "abc".__getitem__(1), "a".__add__("b"), "a".__mul__(3), "a".__mod__(())))
show("k", lambda: str.join(",", ["a", "b"]))
show("l", lambda: str.upper("abc"))
show("m", lambda: str.upper(5))
show("n", lambda: "abc".startswith(("x", "a"), 0))
show("o", lambda: sorted(["b", "A", "a", "é", "B"]))
show("p", lambda: ("abc" * True, "abc"[::-1], "a" "b", "abc".__iter__().__next__()))
show("q", lambda: [c for c in "h€y"])
show("r", lambda: (min("hello"), max("hello"), "".join(reversed("abc")), list(enumerate("ab"))))
show("s", lambda: ("x".__eq__(1), "x".__lt__("y"), "x".__ne__("x")))
show("t", lambda: (ascii("é\n"), ascii(["é"]), repr("\x00\x1f\x7f\x80\xa0\xad\u2028\ufeff\U000e0001"), ascii(b"\xe9")))
show("u", lambda: (chr(0x1F600), ord("€"), ord("ab")))
show("v", lambda: ord(""))
show("w", lambda: "{0!a}".format("ü"))
show("x", lambda: f"{'ü'!a:>8}")
show("y", lambda: f"{3.14159=:.2f} {1+1=}")
show("z", lambda: "%.3r|%5a|" % ("abcdef", "é"))
