def g():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)

it = g()
print(next(it), it.send("a"), it.send("b"))
try:
    it.send(None)
except StopIteration as e:
    print(e.value)
def early():
    return 5
    yield
print(list(early()), type(early()).__name__)
def gen_in_try():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit seen")
        raise
    finally:
        print("finally seen")
x = gen_in_try()
next(x)
x.close()
print("closed")
gens = [(i for _ in range(2)) for i in range(3)]
print([list(g) for g in gens])
