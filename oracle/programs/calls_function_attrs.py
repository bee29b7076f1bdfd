def outer(a, b=2, *args, c, d=4, **kw):
    "Docstring here."
    x = 1
    return x

print(outer.__name__, outer.__qualname__)
print(outer.__doc__)
print(outer.__code__.co_argcount, outer.__code__.co_kwonlyargcount)
print(outer.__code__.co_varnames)
print(outer.__defaults__, outer.__kwdefaults__)
print(outer.__module__)

class K:
    def meth(self):
        def inner():
            pass
        return inner

print(K.meth.__qualname__, K().meth().__qualname__)
outer.tag = "custom"
print(outer.tag, outer.__dict__)
print(callable(outer), callable(1))
