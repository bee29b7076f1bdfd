print("%s and %r" % ("str", "repr"))
print("%d|%5d|%-5d|%05d|%+d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.00012, 1e-5, 1234567.0))
print("%.2f %8.3f %-8.1f| %c %c %%" % (3.14159, 2.5, -1.25, "A", 66))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*s|" % (6, 7, 4, "ab"), "%.3s" % "abcdef", "%s" % (1,), "%s" % [1, 2])
print("%i %u" % (3.9, -2), "%5.1s|" % "xyz")
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        bad[0] % bad[1]
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
