# An uncaught TypeError from object.__init_subclass__ (an unknown class keyword)
class Registry:
    known = []
    def __init_subclass__(cls, **kwargs):
        Registry.known.append(cls.__name__)
        super().__init_subclass__(**kwargs)

class Good(Registry):
    pass

print(Registry.known)

class Bad(Registry, color="blue"):
    pass
