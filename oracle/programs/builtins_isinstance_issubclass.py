print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("s", (int, (str,))))
print(isinstance(1, int | str), isinstance(None, type(None)), isinstance([], object), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int | str, object) if False else "skip")
print(issubclass(KeyError, LookupError | ValueError), issubclass(type, object), issubclass(object, type))
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(str, Magic), issubclass(int, Magic))
for bad in (lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: issubclass(int, 1)):
    try:
        bad()
    except TypeError as e:
        print(e)
