def make(base, label):
    factor = 3
    class Scaled(base):
        name = label
        scale = factor * 2
        def apply(self, v):
            return v * factor + self.scale
        def __repr__(self):
            return label + "(" + str(factor) + ")"
    return Scaled
S = make(object, "s3")
s = S()
print(S.name, S.scale, s.apply(2), repr(s))
def counter_class():
    count = 0
    class C:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return C
C = counter_class()
c1, c2 = C(), C()
print(c1.inc(), c2.inc(), c1.inc())
def shadow():
    x = "outer"
    class K:
        x = "class"
        y = x
        def get(self):
            return x
    return K.y, K().get()
print(shadow())
