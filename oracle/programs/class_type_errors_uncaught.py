class Vector:
    def __init__(self, *c):
        self.c = c

v = Vector(1, 2)
w = Vector(3, 4)
print(len(v.c))
print(v + w)
