class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return (i * i for i in range(self.n))
s = Squares(5)
print(list(s), tuple(s), set(s) == {0, 1, 4, 9, 16}, sum(s), max(s), sorted(s, reverse=True), list(zip(s, "abc")))
print(dict(zip(s, s)), ",".join(map(str, s)), any(s), list(enumerate(s))[-1], min(s, default=-1))
a, b, *c = Squares(4)
print(a, b, c, [*Squares(3)], 9 in s, 10 in s)
it = iter(s)
print(next(it), list(it), list(it))
print(list(map(lambda x, y: x + y, Squares(3), Squares(4))))
