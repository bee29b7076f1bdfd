# printf-style % with a mapping: after a %(key)s spec no positional argument is left.
cases = [("%(a)s %s", {"a": 1}), ("%s %(a)s", {"a": 1}), ("%s", {"a": 1}), ("%(a)s %(a)s", {"a": 1}),
         ("%(a)s %%", {"a": 1}), ("%s %s", {"a": 1}), ("%(a)s %*d", {"a": 1}),
         ("%(a)s", ({"a": 1},)), ("%s %(a)s", ({"a": 1},)), ("%(a)s %s", ({"a": 1}, 2)), ("%s", ()), ("x", {"a": 1}), ("x", 5), ("%(a)s", 5),
         ("%(a)s %.*f", {"a": 1}), ("%s %s %(a)s", {"a":1})]
for fmt, arg in cases:
    for conv in (str, lambda s: s.encode()):
        f = conv(fmt)
        a = arg
        if isinstance(f, bytes) and isinstance(arg, dict):
            a = {k.encode(): str(v).encode() for k, v in arg.items()}; f = f.replace(b'%s', b'%a')
        if isinstance(f, bytes) and isinstance(arg, tuple) and arg and isinstance(arg[0], dict):
            a = ({k.encode(): str(v).encode() for k, v in arg[0].items()},) + arg[1:]; f = f.replace(b'%s', b'%a')
        try:
            print(repr(f), repr(a), "->", repr(f % a))
        except Exception as e:
            print(repr(f), repr(a), "->", type(e).__name__, e)
try:
    "%(a)*d" % {"a": 1}
except TypeError as e:
    print("TE", e)
