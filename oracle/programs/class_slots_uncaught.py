# An uncaught error from __slots__: the traceback is compared too
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def move(p):
    p.z = p.x + p.y

p = Point(1, 2)
print(p.x, p.y)
move(p)
