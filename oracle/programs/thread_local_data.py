# threading.local: per-thread attributes, subclasses with __init__ arguments.
import threading


def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', r)


data = threading.local()
data.x = 1
seen = []


def other():
    seen.append(hasattr(data, 'x'))
    data.x = 2
    seen.append(data.x)
    seen.append(sorted(data.__dict__))


t = threading.Thread(target=other)
t.start()
t.join()
print(seen, data.x, data.__dict__)
show('missing', lambda: data.y)
show('del missing', lambda: delattr(data, 'y'))
show('set dict', lambda: setattr(data, '__dict__', {}))
show('args', lambda: threading.local(1))
show('kwargs', lambda: threading.local(a=1))
del data.x
print('after del', hasattr(data, 'x'))
print(type(data).__name__, type(data).__module__, threading.local is type(data))


class Counter(threading.local):
    created = 0

    def __init__(self, start, step=1):
        Counter.created += 1
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value


c = Counter(10, step=5)
print(c.bump(), c.bump())
results = []


def use():
    results.append(c.value)
    results.append(c.bump())


ts = [threading.Thread(target=use) for _ in range(3)]
for x in ts:
    x.start()
    x.join()
print(results, c.value, Counter.created)
show('subclass missing', lambda: c.nope)


class Plain(threading.local):
    pass


show('plain args', lambda: Plain(1))
p = Plain()
p.a = 'main'
box = []
th = threading.Thread(target=lambda: box.append(getattr(p, 'a', 'unset')))
th.start()
th.join()
print(box, p.a)


class WithSlotsProp(threading.local):
    @property
    def doubled(self):
        return self.base * 2


w = WithSlotsProp()
w.base = 21
print(w.doubled)
