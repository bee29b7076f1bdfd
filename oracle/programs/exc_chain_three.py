def a():
    raise OSError("disk")

def b():
    try:
        a()
    except OSError as e:
        raise RuntimeError("while reading") from e

def c():
    try:
        b()
    except RuntimeError:
        raise LookupError("giving up")

c()
