# generator and coroutine introspection: gi_frame, gi_code, states
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = counter(3)
print(g.gi_running, g.gi_suspended, g.gi_frame.f_code is g.gi_code, g.gi_code.co_name)
print(g.gi_frame.f_lineno == counter.__code__.co_firstlineno)
next(g)
fr = g.gi_frame
print(fr.f_lineno, sorted(fr.f_locals.items()), g.gi_suspended)
next(g)
print(fr.f_locals["i"], g.gi_frame is fr)
print(list(g), g.gi_frame, g.gi_suspended, g.gi_running)
print(g.__name__, g.__qualname__, counter(1).gi_yieldfrom)
def delegator():
    yield from counter(2)
d = delegator()
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.gi_code.co_name)
d.close()
print(d.gi_frame, d.gi_yieldfrom)
def running():
    print("inside", me.gi_running, me.gi_frame is not None)
    yield
me = running()
next(me)
me.close()
async def co():
    return 1
c = co()
print(c.cr_running, c.cr_frame is not None, c.cr_code.co_name, c.__qualname__, c.cr_await)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame)
class Holder:
    def gen(self):
        yield self
print(Holder().gen().__qualname__)
