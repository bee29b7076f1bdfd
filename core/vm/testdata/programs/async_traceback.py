class Tick:
    def __await__(self):
        yield

async def inner(x):
    await Tick()
    return 10 / x

async def outer():
    return await inner(0)

c = outer()
c.send(None)
c.send(None)
