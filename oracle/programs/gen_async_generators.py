# Asynchronous generators (PEP 525) and asynchronous comprehensions and
# generator expressions (PEP 530), driven by a minimal hand-written loop.
import sys
class Sleep:
    def __await__(self):
        v = yield "tick"
        return v
async def agen(n):
    for i in range(n):
        got = await Sleep()
        yield i, got
    print("agen done")
async def main():
    out = []
    async for x in agen(3):
        out.append(x)
    print(out)
    g = agen(2)
    print(type(g).__name__, g.__name__, hasattr(g, "__anext__"))
    print(await g.__anext__())
    print(await g.asend("s"))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stop")
    print([x async for x in agen(2)])
    print({x[0] async for x in agen(2)})
    ge = (x async for x in agen(2))
    print(type(ge).__name__, [y async for y in ge])
    g2 = agen(5)
    await g2.__anext__()
    await g2.aclose()
    print("closed")
    async def thrower():
        try:
            yield 1
        except ValueError as e:
            yield "caught " + str(e)
    t = thrower()
    print(await t.__anext__())
    print(await t.athrow(ValueError("boom")))
    return "main result"
def run(coro):
    v = None
    while True:
        try:
            y = coro.send(v)
        except StopIteration as e:
            return e.value
        v = "sent:" + str(y)
print(run(main()))

async def agen2():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
async def bad():
    yield 1
    raise KeyError("k")
async def stopper():
    yield 1
    raise StopIteration
async def empty():
    return
    yield
async def main2():
    g = agen2()
    print(repr(g)[:30], g.ag_running, g.ag_code.co_name, g.__qualname__)
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after close")
    b = bad()
    print(await b.__anext__())
    try:
        await b.__anext__()
    except KeyError as e:
        print("KeyError", e)
    s = stopper()
    await s.__anext__()
    try:
        await s.__anext__()
    except RuntimeError as e:
        print("RuntimeError", e)
    e = empty()
    try:
        await e.__anext__()
    except StopAsyncIteration:
        print("empty")
    u = agen2()
    await u.aclose()
    print("closed unstarted")
    keep = agen2()
    aw = keep.__anext__()
    print(type(aw).__name__)
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError", e)
    t = agen2()
    try:
        await t.athrow(ValueError("x"))
    except ValueError as e:
        print("athrow before start", e)
    await keep.aclose()
    return "ok"
def run2(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print(run2(main2()))

def compile_error(src):
    try:
        compile(src, "<async>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno)
compile_error("async def f():\n    yield 1\n    return 2")
compile_error("async def f():\n    yield from g()")
compile_error("def f():\n    return [x async for x in y]")
print(type((x async for x in y)).__name__ if False else "genexp ok")
