vals = [0, 7, -7, 123456789, -2**70, 0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 3e21, float('inf'), float('nan'), True, "hé", 65]
out = []
n = 0
for flags in ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", " #", "+-#0"]:
    for width in ["", "8", "*"]:
        for prec in ["", ".3", ".0", ".*"]:
            for conv in "sdiuxXoeEfFgGcra%":
                spec = "%" + flags + width + prec + conv
                n += 1
                if n % 4:
                    continue
                for v in vals:
                    args = (v,)
                    if width == "*":
                        args = (9,) + args
                    if prec == ".*":
                        args = args[:-1] + (2,) + args[-1:]
                    try:
                        r = repr(spec % args)
                    except Exception as e:
                        r = type(e).__name__ + ": " + str(e)
                    out.append(f"{spec!r} {v!r} {r}")
print("\n".join(out))
