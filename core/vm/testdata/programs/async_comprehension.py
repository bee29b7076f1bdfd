def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield

class ARange:
    def __init__(self, n):
        self.n, self.i = n, 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i - 1

async def double(x):
    await Tick()
    return x * 2

async def main():
    x = "outer x"
    a = [x async for x in ARange(4)]
    b = {x: await double(x) async for x in ARange(3) if x != 1}
    c = {x % 2 async for x in ARange(5)}
    d = [(i, j) async for i in ARange(2) for j in range(2)]
    e = [await double(v) for v in range(3)]
    f = [i + j async for i in ARange(2) async for j in ARange(2)]
    print(a, b, c, d, e, f, x)
    try:
        [1 / (x - 2) async for x in ARange(4)]
    except ZeroDivisionError as err:
        print("raised", err, "x is", x)
    return len(a)

print(run(main()))
