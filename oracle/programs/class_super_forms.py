class Base:
    def __init__(self):
        self.trail = ["Base"]
    @classmethod
    def make(cls):
        return f"Base.make for {cls.__name__}"
    @staticmethod
    def util():
        return "util"
    @property
    def prop(self):
        return "base-prop"

class Child(Base):
    def __init__(self):
        super(Child, self).__init__()
        self.trail.append("Child")
    @classmethod
    def make(cls):
        return "Child+" + super().make()
    @property
    def prop(self):
        return "child/" + super().prop
    def call_util(self):
        return super().util()

c = Child()
print(c.trail, Child.make(), c.prop, c.call_util())
def outside(self):
    return super().make()
try:
    outside(c)
except RuntimeError as e:
    print(e)
try:
    super(Child, 5)
except TypeError as e:
    print(e)
