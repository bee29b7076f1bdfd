def a():
    try:
        raise KeyError("a")
    except KeyError as e:
        raise ValueError("b") from e

def b():
    try:
        a()
    except ValueError:
        raise TypeError("c")

b()
