def f():
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("handler got", repr(eg))
        raise KeyError("from handler")

f()
