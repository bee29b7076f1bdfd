for s in ["1", "1.", ".5", "-.5e-3", "1e10", "1E+2", "  7.25\n", "inf", "-Infinity", "nan", "NaN", "1_000.000_1",
          "0x10", "1e", "", "1..2", "١٢٣.٥", "1__0", "+1.5", "infinit"]:
    try:
        print(repr(s), "->", repr(float(s)))
    except ValueError as e:
        print(repr(s), "->", e)
print(float("1e-400"), float("-1e-400"), float("4.9e-324"), float("2.4e-324"), float("1.7976931348623159e308"))
