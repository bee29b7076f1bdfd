class Tracker:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else ''}".rstrip())

log = []
def gen():
    with Tracker("gen", log):
        yield 1
        yield 2
g = gen()
next(g)
log.append("suspended")
g.close()
print(log)
log.clear()
def gen2():
    with Tracker("g2", log):
        try:
            yield "x"
        except ValueError:
            log.append("handled in gen")
            yield "recovered"
g = gen2()
next(g)
print(g.throw(ValueError("boom")))
for _ in g:
    pass
print(log)
