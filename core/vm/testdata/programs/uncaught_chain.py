def g():
    y = 1 / 0
try:
    g()
except ZeroDivisionError as e:
    raise ValueError("bad") from e
