# Method calls: bound-method calls through a small class hierarchy, with super().
import sys


class Shape:
    def __init__(self, scale):
        self.scale = scale

    def area(self):
        return 0

    def scaled(self, k):
        return self.area() * k


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__(1)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

    def scaled(self, k):
        return super().scaled(k) + 1


def run(n):
    shapes = [Rect(2, 3), Square(4), Shape(1), Square(1)]
    total = 0
    for i in range(n):
        for s in shapes:
            total += s.scaled(i & 7)
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 900000
print(run(n))
