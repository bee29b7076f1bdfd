# _interpqueues: CPython 3.13.0's names, signatures, return shapes and
# errors (the low-level module under test.support.interpreters.queues).
import _interpqueues as Q


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("  raised", type(e).__name__, "-", e)
    else:
        print("  ->", repr(r))


print(sorted(n for n in dir(Q) if not n.startswith("__")))
print(Q.QueueError.__mro__[1].__name__, Q.QueueNotFoundError.__mro__[1].__name__)

a = Q.create(0, 0, 3)
b = Q.create(2, 1, 3)
c = Q.create(maxsize=3, fmt=0, unboundop=1)
print("ids", a, b, c)
print("list_all", Q.list_all())
attempt(Q.create)
attempt(Q.create, 0)
attempt(Q.create, 0, 0, 0)
attempt(Q.create, 0, 0, 4)
attempt(Q.create, "x", 0, 3)

print("put")
attempt(Q.put, b, 1, 1, 3)
attempt(Q.put, b, 1, 1)
attempt(Q.put, qid=b, obj="two", fmt=0, unboundop=2)
attempt(Q.put, b, [1], 0, 3)
attempt(Q.put, b, 5, 0, 3)
print("count", Q.get_count(b), "full", Q.is_full(b), "maxsize", Q.get_maxsize(b))
print("defaults", Q.get_queue_defaults(b), Q.get_queue_defaults(c))
print("get")
attempt(Q.get, b)
attempt(Q.get, b)
attempt(Q.get, b)
attempt(Q.get, 999)
attempt(Q.put, 999, 1, 0, 3)

print("shareable kinds")
for obj in (None, True, 7, -2.5, "s", b"b", (1, ("x",))):
    Q.put(a, obj, 0, 3)
    print(" ", Q.get(a))

print("bind and release")
attempt(Q.bind, c)
attempt(Q.release, c)
attempt(Q.release, c)
attempt(Q.destroy, c)
attempt(Q.destroy, a)
attempt(Q.destroy, a)
attempt(Q.get_count, a)
print("list_all", Q.list_all())
attempt(Q._register_heap_types)
