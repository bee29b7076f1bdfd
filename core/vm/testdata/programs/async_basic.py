def run(coro):
    try:
        while True:
            v = coro.send(None)
            print("  yielded to the driver:", v)
    except StopIteration as e:
        return e.value

class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            got = yield f"tick {i}"
        return f"slept {self.n}"

async def add(a, b):
    return a + b

async def main():
    x = await add(1, 2)
    print("add ->", x)
    s = await Sleep(2)
    print("sleep ->", s)
    return x * 10

c = main()
print(type(c).__name__, c.__name__, c.__qualname__)
print("result", run(c))

try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

async def boom():
    await Sleep(1)
    raise ValueError("inside coroutine")

try:
    run(boom())
except ValueError as e:
    print("ValueError", e)

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("  enter", self.name)
        await Sleep(1)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        print("  exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

async def use_cm():
    async with CM("a") as a, CM("b") as b:
        print("  body", a, b)
    async with CM("s", suppress=True):
        raise KeyError("suppressed")
    try:
        async with CM("p"):
            raise KeyError("propagates")
    except KeyError as e:
        print("  caught", repr(e))
    for i in range(3):
        async with CM(f"loop{i}"):
            if i == 1:
                break
    return "done"

print(run(use_cm()))

async def ret_in_with():
    async with CM("r"):
        return "returned from with"
print(run(ret_in_with()))

async def bad_await():
    await 5
try:
    run(bad_await())
except TypeError as e:
    print("TypeError", e)

class NotCM:
    pass
async def bad_with():
    async with NotCM():
        pass
try:
    run(bad_with())
except TypeError as e:
    print("TypeError", e)

class BadEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass
async def bad_enter():
    async with BadEnter():
        pass
try:
    run(bad_enter())
except TypeError as e:
    print("TypeError", e)

# throw and close on coroutines
async def waiter():
    try:
        await Sleep(3)
    except ValueError as e:
        print("  waiter caught", e)
        return "recovered"
w = waiter()
print(w.send(None))
try:
    w.throw(ValueError("thrown in"))
except StopIteration as e:
    print("StopIteration", e.value)

w2 = waiter()
w2.send(None)
print(w2.close())

async def nested():
    async def inner(v):
        await Sleep(1)
        return v + 1
    total = 0
    for i in range(3):
        total += await inner(i)
    return total
print(run(nested()))

pending = add(1, 2)
def gen_with_coro():
    yield from pending
try:
    list(gen_with_coro())
except TypeError as e:
    print("TypeError", e)
pending.close()

co = add(1, 1)
print(repr(co).startswith("<coroutine object add at 0x"))
co.close()
co = add(1, 2)
try:
    for _ in co:
        pass
except TypeError as e:
    print("TypeError", e)
co.close()
