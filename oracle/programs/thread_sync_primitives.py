# Condition, Event, Semaphore, BoundedSemaphore and Barrier between threads.
import threading


def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', r)


# A producer and a consumer on a Condition.
cond = threading.Condition()
items = []
got = []


def consumer():
    for _ in range(5):
        with cond:
            cond.wait_for(lambda: items)
            got.append(items.pop(0))


c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    with cond:
        items.append(i * i)
        cond.notify()
c.join()
print('consumed', got)
print(repr(threading.Condition(threading.Lock())).split(' object')[0])
show('wait unowned', lambda: threading.Condition().wait())
show('notify unowned', lambda: threading.Condition().notify())
cv = threading.Condition(threading.Lock())
with cv:
    print('wait timeout', cv.wait(0.01), cv.wait(0), cv.wait(-1))
    print('wait_for timeout', cv.wait_for(lambda: False, 0.01))
    cv.notify_all()

# notify wakes exactly n waiters.
cond2 = threading.Condition()
woken = []
ready = threading.Semaphore(0)


def sleeper(n):
    with cond2:
        ready.release()
        cond2.wait()
        woken.append(n)


sleepers = [threading.Thread(target=sleeper, args=(n,)) for n in range(4)]
for s in sleepers:
    s.start()
for _ in sleepers:
    ready.acquire()
with cond2:
    cond2.notify(2)
while True:
    with cond2:
        if len(woken) == 2:
            break
print('after notify(2)', len(woken))
with cond2:
    cond2.notify_all()
for s in sleepers:
    s.join()
print('all woken', sorted(woken))

# Event.
ev = threading.Event()
print(ev.is_set(), ev.wait(0), ev.wait(0.01), ev.wait(-1))
seen = []
waiters = [threading.Thread(target=lambda: seen.append(ev.wait())) for _ in range(3)]
for w in waiters:
    w.start()
ev.set()
for w in waiters:
    w.join()
print('event', seen, ev.is_set(), ev.wait())
ev.clear()
print('cleared', ev.is_set())

# Semaphores.
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.01))
sem.release(2)
print(sem.acquire(blocking=False))
show('sem neg', lambda: threading.Semaphore(-1))
show('sem nb+timeout', lambda: sem.acquire(False, 1))
show('sem release 0', lambda: sem.release(0))
bs = threading.BoundedSemaphore(1)
with bs:
    print('inside bounded', bs.acquire(False))
show('bounded over', bs.release)
counter = [0, 0]
limit = threading.Semaphore(2)
mx = threading.Lock()


def limited():
    with limit:
        with mx:
            counter[0] += 1
            counter[1] = max(counter[1], counter[0])
        with mx:
            counter[0] -= 1


ls = [threading.Thread(target=limited) for _ in range(6)]
for x in ls:
    x.start()
for x in ls:
    x.join()
print('max inside', counter[1] <= 2, counter[0])

# Barrier.
order = []
bar = threading.Barrier(3, action=lambda: order.append('action'))
print(bar.parties, bar.n_waiting, bar.broken)


def party(n):
    i = bar.wait()
    order.append(('passed', i in (0, 1, 2)))


ps = [threading.Thread(target=party, args=(n,)) for n in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(order[0], sorted(map(str, order[1:])))
show('barrier 0', lambda: threading.Barrier(0))
lone = threading.Barrier(2, timeout=0.01)
show('barrier timeout', lone.wait)
print('broken', lone.broken)
lone.reset()
print('reset', lone.broken)
ab = threading.Barrier(2)
res = []


def aborted():
    try:
        ab.wait()
    except threading.BrokenBarrierError as e:
        res.append(('broken', type(e).__mro__[1].__name__))


at = threading.Thread(target=aborted)
at.start()
while ab.n_waiting == 0:
    pass
ab.abort()
at.join()
print(res, ab.broken)
show('wait broken', ab.wait)
print(threading.Barrier(1).wait())
