class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2)]
print(sorted(vs), max(vs), vs[0] == vs[3], vs[0] is vs[3], len(set(vs)))
print(Version(1) > Version(0), Version(2) >= Version(2))
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print(e)
class Default:
    pass
d = Default()
print(d == d, d != Default(), hash(d) == hash(d))
