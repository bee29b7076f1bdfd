def f():
    pass
class C:
    def m(self):
        pass
def g():
    yield
for label, obj in [("object", object), ("function", f), ("type", type), ("method", C().m), ("generator", g()),
                   ("BaseException", BaseException), ("slice", slice(1)), ("property", property())]:
    print(label, " ".join(n for n in dir(obj) if n not in ("__doc__",)))
