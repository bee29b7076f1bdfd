# A builtin sequence on the left of + or * tries the right operand's
# reflected method before concatenation/repetition fails.
class R:
    def __radd__(s, o): return "radd " + type(o).__name__
    def __rmul__(s, o): return "rmul " + type(o).__name__
class I:
    def __index__(s): return 2
    def __rmul__(s, o): return "rmul wins"
class Plain:
    pass
class L(list):
    pass
for name, f in [("list+", lambda: [1] + R()), ("tuple+", lambda: (1,) + R()), ("str+", lambda: "s" + R()),
                ("bytes+", lambda: b"s" + R()), ("bytearray+", lambda: bytearray(b"x") + R()),
                ("list*", lambda: [1] * R()), ("str*", lambda: "s" * R()), ("tuple*", lambda: (1,) * R()),
                ("bytes*", lambda: b"s" * R()), ("index*", lambda: [1] * I()), ("L+", lambda: L([1]) + R()),
                ("L+list", lambda: L([1]) + [2]), ("list+L", lambda: [1] + L([2])),
                ("list+plain", lambda: [1] + Plain()), ("str+plain", lambda: "s" + Plain()),
                ("bytes+plain", lambda: b"s" + Plain()), ("tuple*plain", lambda: (1,) * Plain()),
                ("list+list", lambda: [1] + [2]), ("str*int", lambda: "ab" * 3)]:
    try:
        print(name, f())
    except TypeError as e:
        print(name, "TypeError:", e)
# augmented assignment: the reflected method before in-place concat/repeat
for init in [[1], (1,), "s", b"s", bytearray(b"s")]:
    for op in ["+=", "*="]:
        x = init
        try:
            if op == "+=":
                x += R()
            else:
                x *= R()
            print(op, x)
        except TypeError as e:
            print(op, "TypeError:", e)
x = [1]; x += (2,); print(x)
x = [1]; x *= 2; print(x)
x = bytearray(b"a"); x += b"b"; print(x)
x = [1]
try:
    x += Plain()
except TypeError as e:
    print("TypeError:", e)
