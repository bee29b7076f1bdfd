# Builtin subclasses used as values: formatting, dict keys, arithmetic, in-place operators
class F(float): pass
class I(int): pass
class S(str): pass
class T(tuple): pass
f, i, s = F(2.5), I(7), S("key")
print(f"{f:.2f} {i:x} {s:>5}", "%d %s %.1f %r" % (i, s, f, s), str(f), str(i), repr(s), format(i, "05"))
d = {"key": 1, 7: 2, 2.5: 3}
print(d[s], d[i], d[f], s in d, {s: 1}["key"], hash(s) == hash("key"))
print(s.upper(), s + "!", s * 2, s[1:], type(s[1:]).__name__, s.split("e"), "k" + s, s == "key", s < "z", s.startswith("k"))
print(i + 1, i * f, i / 2, i // 2, i ** 2, -i, i & 3, i << 1, i > 3, abs(I(-2)), int(i), float(i), round(f), int(f), f * 2, f.hex())
print(max(I(3), 5), min(F(0.5), 1), sum([I(1), F(0.5)]), sorted([S("b"), "a"]), list(T((1, 2))), T((1, 2)) + (3,), len(T("ab")))
print(isinstance(i, int), isinstance(True, I), issubclass(I, int), type(i) is I, i.real, i.imag, i.numerator, f.real, f.is_integer())
print(bool(I(0)), bool(F(0.0)), bool(S("")), bool(T()), I(5) == 5.0, F(1.0) == I(1), hash(F(1.0)) == hash(1))
print(range(I(3)), [1, 2, 3][I(1)], "abc"[I(0):I(2)], divmod(I(7), 2), pow(I(2), I(3)), chr(I(65)), bin(I(5)))
print(I.from_bytes(b"\x01", "big"), type(I.from_bytes(b"\x01", "big")).__name__, F.fromhex("0x1p1"), type(F.fromhex("0x1p1")).__name__)
print(S("a,b").join(["x", "y"]), S("%s!") % 3, S("{}?").format(4), "".join([S("q")]), S(5), S(b"x", "ascii"))
class L(list): pass
l = L([3, 1])
l += [2]
print(l, type(l).__name__, l * 2, type(l * 2).__name__, sorted(l), l.copy(), type(l.copy()).__name__, l == [3, 1, 2], [3, 1, 2] == l)
class D(dict): pass
dd = D(a=1)
dd |= {"b": 2}
print(dd, type(dd).__name__, dd.copy(), type(dd.copy()).__name__, dict(dd), D.fromkeys("ab"), type(D.fromkeys("ab")).__name__, dd == {"a": 1, "b": 2})
