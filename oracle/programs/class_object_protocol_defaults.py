class Plain:
    pass
o = Plain()
print(type(o).__name__, o.__class__ is Plain, Plain.__bases__, o.__dict__)
print(o == o, o != o, o.__eq__(1), object.__ne__(o, 1))
print(Plain.__str__ is object.__str__, str(o) == repr(o), repr(o).startswith("<__main__.Plain object at 0x"))
print(sorted(set(dir(o)) - set(dir(object))))
print(object().__class__, object.__bases__, hasattr(object(), "__dict__"))
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    o < o
except TypeError as e:
    print(e)
print(isinstance(o, Plain), isinstance(o, (int, Plain)), issubclass(bool, (str, int)))
print(o.__module__, Plain.__dict__["__module__"], "__weakref__" in Plain.__dict__)
