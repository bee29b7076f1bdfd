def f():
    try:
        raise ValueError("from try")
    finally:
        raise TypeError("from finally")

try:
    f()
except TypeError as e:
    print(e, "| context:", repr(e.__context__))
f()
