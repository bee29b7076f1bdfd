def run(coro):
    try:
        while True:
            v = coro.send(None)
            print("  driver got", v)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield "tick"

class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i - 1

async def main():
    out = []
    async for x in ARange(3):
        out.append(x)
    print("collected", out)
    async for x in ARange(5):
        if x == 1:
            continue
        if x == 3:
            break
        print("  item", x)
    else:
        print("  not reached")
    async for x in ARange(0):
        pass
    else:
        print("  else of empty async for")
    async for a in ARange(2):
        async for b in ARange(2):
            print("  pair", a, b)
    return "ok"

print(run(main()))

class Failing:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("anext failed")

async def fails():
    async for x in Failing():
        pass
try:
    run(fails())
except ValueError as e:
    print("ValueError", e)

async def not_aiter():
    async for x in [1, 2]:
        pass
try:
    run(not_aiter())
except TypeError as e:
    print("TypeError", e)

class NoAnext:
    def __aiter__(self):
        return 1
async def no_anext():
    async for x in NoAnext():
        pass
try:
    run(no_anext())
except TypeError as e:
    print("TypeError", e)

async def body_raises():
    async for x in ARange(3):
        if x == 1:
            raise KeyError(x)
try:
    run(body_raises())
except KeyError as e:
    print("KeyError", e)

async def ret_in_loop():
    async for x in ARange(10):
        if x == 2:
            return x * 100
print(run(ret_in_loop()))
print(issubclass(StopAsyncIteration, Exception))
