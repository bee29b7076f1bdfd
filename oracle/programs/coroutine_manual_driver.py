class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        result = yield ("sleep", self.n)
        return result

async def worker(name, times):
    total = 0
    for i in range(times):
        got = await Sleep(i)
        total += got
        print(f"{name} step {i} got {got}")
    return f"{name} total {total}"

def run(coros):
    results = {}
    pending = list(coros)
    tick = 0
    values = {id(c): None for c in pending}
    while pending:
        c = pending.pop(0)
        try:
            op = c.send(values[id(c)])
            tick += 1
            values[id(c)] = tick * 10
            pending.append(c)
        except StopIteration as e:
            results[c.__name__] = e.value
    return results

print(run([worker("a", 2), worker("b", 3)]))
co = worker("x", 1)
print(type(co).__name__, co.__qualname__)
co.close()
async def boom():
    raise ValueError("in coroutine")
try:
    boom().send(None)
except ValueError as e:
    print("caught", e)
