def f(a, b=1):
    return a
print(f.__code__.co_name, f.__code__.co_filename.endswith("builtins_misc_introspection.py"), f.__code__.co_firstlineno)
print(type(f.__code__).__name__, f.__globals__ is globals(), f.__builtins__ is not None if hasattr(f, "__builtins__") else True)
print(int.__name__, int.__qualname__, int.__module__, len.__module__, len.__name__, str.upper.__qualname__)
print(type(len).__name__, type(str.upper).__name__, type("".upper).__name__, type(int.__dict__["from_bytes"]).__name__)
print(list.__doc__.splitlines()[0])
print(isinstance(print, type(len)), callable(str.join), str.join(",", ["a", "b"]))
print(object.__name__, type.__name__, type.__mro__, bool.__bases__, type(None)())
