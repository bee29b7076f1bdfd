class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, v):
        return v in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))

g = Grid(3, 2)
g[1, 0] = "#"
g[2, 1] = "@"
print(list(g), len(g), "#" in g, "?" in g, g[1, 0])
del g[1, 0]
print(list(g), bool(g))
try:
    g[5, 5]
except IndexError as e:
    print(e)
class OldSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(OldSeq()), 9 in OldSeq(), list(reversed([1, 2])))
