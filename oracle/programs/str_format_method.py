print("{} {} {}".format(1, "two", 3.0))
print("{1} {0} {1}".format("a", "b"))
print("{name}: {val:.2f}".format(name="pi", val=3.14159))
print("{0[0]} {0[k]} {1.real}".format({0: "zero", "k": "kay"}, 5j))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{literal}} {}".format("x"))
print("{:>{w}}|".format("r", w=6), "{:{fill}^{w}}".format("c", fill="*", w=7))
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
print("{:hello}".format(P()), format(P(), "x"), f"{P():abc}")
for bad in ["{", "{0} {}", "{x}", "{0}"]:
    try:
        print(bad.format() if bad != "{0} {}" else bad.format(1, 2))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
print("{:,} {:_} {:,.2f}".format(1234567, 1234567, 1234567.891))
