class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n

c = Counter()
m = c.inc
print(m(), m(5), c.n)
print(m.__self__ is c, m.__func__ is Counter.inc)
print(Counter.inc(c, 10))
print(c.inc == c.inc, c.inc is c.inc)
f = [1, 2].append
print(f.__name__, type(f).__name__)
s = "a,b".split
print(s(","))
