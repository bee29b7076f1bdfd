def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError branch"
    except LookupError:
        return "LookupError branch"
    except (TypeError, ValueError) as e:
        return f"tuple branch {type(e).__name__}"
    except Exception:
        return "Exception branch"
    except BaseException:
        return "BaseException branch"
for e in [KeyError(), IndexError(), ValueError(), UnicodeDecodeError("utf-8", b"", 0, 1, "r"), OSError(), GeneratorExit()]:
    print(type(e).__name__, "->", classify(e))
types = (ZeroDivisionError,)
try:
    1 / 0
except types:
    print("dynamic tuple of types")
try:
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print(e)
