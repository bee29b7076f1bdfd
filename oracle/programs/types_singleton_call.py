# Calling the types of None, Ellipsis and NotImplemented.
print(type(None)(), type(...)(), type(NotImplemented)())
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
for t in (type(None), type(...), type(NotImplemented)):
    for args, kw in (((1,), {}), ((), {"a": 1})):
        try:
            t(*args, **kw)
        except TypeError as e:
            print(e)
