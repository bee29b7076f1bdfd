# aiter()/anext() with and without a default, driven by send(None)
class AIt:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n
async def main():
    it = aiter(AIt())
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("stop")
    out = []
    async for v in AIt():
        out.append(v)
    print(out)
c = main()
try:
    c.send(None)
except StopIteration:
    print("done")
for bad in [lambda: aiter(1), lambda: anext(1), lambda: anext(), lambda: aiter(AIt(), 1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
class BadAiter:
    def __aiter__(self): return 1
try:
    aiter(BadAiter())
except TypeError as e:
    print(e)
