class AppError(Exception):
    pass

def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise AppError(f"cannot load {key!r}") from e

try:
    load("cfg")
except AppError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

load("settings")
