def inner():
    yield 1
    raise StopIteration("leaked")

def outer():
    yield from inner()

def state():
    g = inner()
    print(g.gi_running)
    for x in g:
        print("item", x, g.gi_running)
        break
    print(g.gi_running, g.gi_suspended)

state()

def running_check():
    yield gen.gi_running
gen = running_check()
for v in gen:
    print("running inside for:", v)

def sender():
    got = []
    while True:
        v = yield
        if v is None:
            return got
        got.append(v)

def relay():
    r = yield from sender()
    return r

g = relay()
next(g)
for i in range(3):
    g.send(i)
try:
    g.send(None)
except StopIteration as e:
    print("relay returned", e.value)

for x in outer():
    print("got", x)
