import builtins
excs = sorted((obj for obj in vars(builtins).values() if isinstance(obj, type) and issubclass(obj, BaseException)),
              key=lambda c: c.__name__)
print(len(excs))
for e in excs:
    print(e.__name__, "<-", " ".join(b.__name__ for b in e.__mro__[1:-1]))
