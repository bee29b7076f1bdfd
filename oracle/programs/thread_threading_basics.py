# threading.Thread: start, join, names, daemon, identity and their errors.
import threading


def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', r)


print(sorted(threading.__all__))
print(threading.Lock, threading.ThreadError is RuntimeError, threading.TIMEOUT_MAX)
print(threading.ExceptHookArgs, threading.excepthook is threading.__excepthook__)
main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(main.ident == threading.get_ident(), main.native_id == threading.get_native_id())
print(threading.active_count(), len(threading.enumerate()))

out = []


def work(a, b=0, *, c=None):
    out.append((a, b, c, threading.current_thread().name))


t = threading.Thread(target=work, args=(1,), kwargs={'b': 2, 'c': 3})
print(t.name, t.ident, t.native_id, t.is_alive(), t.daemon)
print(repr(t))
show('join early', t.join)
t.start()
t.join()
print(out, t.is_alive(), t.ident is not None, t.native_id is not None)
print(repr(t).split(',')[0], repr(t).split(',')[1].split()[0])
show('start twice', t.start)
show('daemon later', lambda: setattr(t, 'daemon', True))
show('join current', threading.current_thread().join)
show('group', lambda: threading.Thread(group=1))
print(threading.Thread(target=print).name)
print(threading.Thread(target=lambda: 0).name)
print(threading.Thread().name)
print(threading.Thread(name=12).name)
d = threading.Thread(daemon=True)
print(d.daemon, repr(d))


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f'worker-{n}')
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))


workers = [Worker(n) for n in (10, 100, 1000)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.name, w.result) for w in workers])

inner = []


def spawn():
    me = threading.current_thread()
    child = threading.Thread(target=lambda: inner.append(threading.current_thread().daemon))
    inner.append((me.name, me.daemon, child.daemon))
    child.start()
    child.join()


s = threading.Thread(target=spawn, name='spawner', daemon=True)
s.start()
s.join()
print(inner)

idents = set()
lock = threading.Lock()


def collect():
    with lock:
        idents.add(threading.get_ident())


ts = [threading.Thread(target=collect) for _ in range(5)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print(len(idents) >= 1, all(isinstance(i, int) for i in idents))
print(threading.active_count(), [th.name for th in threading.enumerate()])

t2 = threading.Thread(target=lambda: None)
t2.start()
t2.join(timeout=-1)
t2.join(0.5)
print('joined', t2.is_alive())
t3 = threading.Thread(target=lambda: None)
t3.name = 'renamed'
print(t3.name)
print(threading.settrace(None), threading.gettrace(), threading.setprofile(None), threading.getprofile())
print(threading.stack_size())
