class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return type(self).__name__

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.speak(), a.kind(), isinstance(a, Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), Puppy.__mro__)
print(Puppy.__base__.__name__, [c.__name__ for c in Animal.__subclasses__()])
