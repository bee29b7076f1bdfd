class Outer:
    class Inner:
        class Deep:
            def m(self):
                pass
    def make(self):
        class Local:
            pass
        return Local

print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.m.__qualname__)
print(Outer().make().__qualname__, Outer.Inner.Deep().m.__name__)
def f():
    def g():
        return lambda: 0
    return g
print(f().__qualname__, f()().__qualname__)
