from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    def describe(self):
        return f"{type(self).__name__}: {self.area()}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
print(Sq(3).describe(), isinstance(Sq(1), Shape), Shape.__abstractmethods__)
class Half(Shape):
    pass
Half()
