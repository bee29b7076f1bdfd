# SystemExit.code: None, the single argument, or the argument tuple.
for args in [(), (3,), ("bye",), ("x", 2), (None,)]:
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        print(repr(e.code), e.args)


class Quit(SystemExit):
    pass


try:
    raise Quit(5)
except SystemExit as e:
    print(type(e).__name__, e.code)
