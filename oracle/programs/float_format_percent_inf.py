# The '%' presentation when x*100 overflows to infinity, and of inf/nan.
big = 1.7976931348623157e308
for v in (big, -big, float("inf"), float("-inf"), float("nan")):
    print([format(v, s) for s in (".2%", "012.2%", "%", "+.1%", "<10%", "=012.1%", " %", ",.2%", "_%", "#%")])
print(f"{big:.2%}", f"{-big:%}", format(1e306, ".0%"), format(0.5, ".1%"))
