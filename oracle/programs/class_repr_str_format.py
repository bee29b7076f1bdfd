class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __format__(self, spec):
        if spec == "cents":
            return f"{self.cents}c"
        return format(str(self), spec)

m = Money(1999)
print(m, repr(m), str(m), [m], f"{m}", f"{m!r}", f"{m:cents}", f"{m:>10}|", "{}".format(m))
print("%s %r" % (m, m), str([m, m]), {"k": m})
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print(e)
