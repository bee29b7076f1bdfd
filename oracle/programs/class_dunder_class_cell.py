class Base:
    def whoami(self):
        return __class__.__name__, type(self).__name__
class Child(Base):
    def whoami(self):
        return ("child",) + super().whoami()
    def comp(self):
        return [super().whoami() for _ in range(1)]
print(Child().whoami(), Child().comp())
class Meta(type):
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        return cls
class WithMeta(metaclass=Meta):
    def get(self):
        return __class__
print(WithMeta().get() is WithMeta)
