for spec in ["", "10", "<10", ">10", "^10", "*^10", "+", " ", "010", ".3", "e", ".2e", "E", "%", ".1%", "g", ".3g",
             ",", "_", "10.2f", "+.1f", "=+10.2f"]:
    print(repr(spec), repr(format(1234.5678, spec)))
for spec in ["b", "o", "x", "X", "#b", "#o", "#x", "#X", "08b", "c", "d", "n", ",", "_x", "+d", "=10d", "^9", "#_b"]:
    print(repr(spec), repr(format(300, spec)), repr(format(-42, spec)) if spec != "c" else "")
for spec in ["", "5", "<5", ">5", "^5", ".2", "x^7.1"]:
    print(repr(spec), repr(format("abc", spec)))
print(format(float("nan"), "10.2f"), format(float("-inf"), "e"), format(-0.0, ".1f"), format(1e100, ".3g"))
print(format(True, "d"), format(True), format(3, ".2f"), format(2 ** 70, ","), format(1 + 2j, ".1f"))
for bad in [("x", "d"), (1.5, "d"), (5, "s"), ("s", ","), (1, "=^5,z")]:
    try:
        format(*bad)
    except ValueError as e:
        print(e)
