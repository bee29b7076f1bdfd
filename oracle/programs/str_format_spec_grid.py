vals = [0, 7, -7, 123456789, -2**70, 0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 3e21, 0.1, float('inf'), float('nan'), True, "hé", ""]
specs = []
for fill_align in ["", "<", ">", "^", "=", "*<", "0="]:
    for sign in ["", "+", " ", "-"]:
        for alt in ["", "#"]:
            for zero in ["", "0"]:
                for width in ["", "12"]:
                    for grp in ["", ",", "_"]:
                        for prec in ["", ".3", ".0"]:
                            for typ in ["", "d", "x", "b", "e", "f", "g", "%", "n", "s", "G", "c"]:
                                specs.append(fill_align + sign + alt + zero + width + grp + prec + typ)
out = []
for i, s in enumerate(specs):
    if i % 41:  # a deterministic sample
        continue
    for v in vals:
        try:
            r = repr(format(v, s))
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        out.append(f"{v!r} {s!r} {r}")
print("\n".join(out))
