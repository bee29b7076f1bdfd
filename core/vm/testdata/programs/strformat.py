print("{} and {}".format("a", 1), "{1}{0}{1}".format("x", "y"), "{name}={val:.2f}".format(name="pi", val=3.14159))
print("{0[1]} {0[0]} {1.real}".format([7, 8], 5), "{:>{w}}|".format("r", w=5), "{{}} {!r} {!s}".format("q", 1.5))
print("{:,} {:08.3f} {:^9} {:x}".format(1234567, -3.5, "mid", 255), "{a}{b}".format(**{"a": 1, "b": 2}))
print("%s is %d years, %.1f%% done, %r, %5s|%-5s|, %x %X %o %e %g %c %c" % ("Al", 30, 99.5, "q", "r", "l", 255, 255, 8, 12345.678, 0.0001, 65, "z"))
print("%(a)s-%(b)03d" % {"a": "k", "b": 7}, "%05d|%+d|% d|%-6.2f|" % (42, 5, 5, 2.5), "%s" % [1, 2], "%s" % (1,), "%i%%" % 3.9)
for bad in [lambda: "{} {}".format(1), lambda: "{0} {}".format(1, 2), lambda: "{x}".format(), lambda: "}".format(),
            lambda: "%d %d" % (1,), lambda: "%d" % (1, 2), lambda: "%d" % "s", lambda: "%z" % 1]:
    try:
        bad()
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
