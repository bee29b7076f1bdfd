tests = [
    lambda: "{0}{1}".format(1), lambda: "{a}".format(b=1), lambda: "{:q}".format(1), lambda: "{:.2s}".format(5),
    lambda: "{!x}".format(1), lambda: "}".format(), lambda: "{0:{1}}".format(1, "z"), lambda: format(1.5, "x"),
    lambda: "%d" % "1", lambda: "%(a)s" % {}, lambda: "%s %s" % ("x",), lambda: "%" % (), lambda: f"{1:abc}",
    lambda: "{:,s}".format("x"), lambda: "{:=5}".format("x"),
]
for t in tests:
    try:
        print("no error:", t())
    except (ValueError, KeyError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
