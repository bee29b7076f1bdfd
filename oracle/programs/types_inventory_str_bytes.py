for t in (str, bytes, bytearray):
    names = [n for n in dir(t) if not n.startswith("_")]
    print(t.__name__, len(names))
    print(" ".join(names))
