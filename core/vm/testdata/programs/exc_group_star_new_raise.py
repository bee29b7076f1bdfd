def f():
    raise ExceptionGroup("many", [ValueError(1), TypeError("t")])
try:
    f()
except* ValueError as e:
    print("caught", repr(e))
    raise KeyError("new")
