def parse(s):
    try:
        return int(s)
    except ValueError:
        return undefined_fallback(s)

try:
    parse("x")
except NameError as e:
    print(type(e.__context__).__name__, e.__cause__)

def cleanup():
    try:
        raise KeyError("first")
    finally:
        print("in finally")

try:
    cleanup()
except KeyError as e:
    print("caught", e)

parse("abc")
