"""Messages between two interpreters: one-way throughput and blocking round trips.

    messaging.py --test oneway|rtt --via queue|channel|rawqueue --count N [--poll 1] [--repeat R]

oneway: the main interpreter puts N ints (0..N-1) on a queue (or sends them on a channel); a
second interpreter, run by its own thread, takes them all and reports their sum, which must be
N(N-1)/2. The time runs from the first put to the consumer's last get (the consumer is already
waiting). --poll 1 makes the consumer busy-poll with get_nowait/recv_nowait instead of blocking.
--via rawqueue uses _interpqueues directly, with 3.13's signatures (CPython 3.13's fastest path:
no wrapper code per message); the consumer busy-polls.
rtt: echo round trips. The main interpreter sends i and waits for it back; the echo interpreter
waits for a message and sends it back; each side blocks (queue.get / channel.recv, and a
channel's send returns once the other side took the object).

Runs under build/subpy and CPython 3.13; prints one RESULT line of JSON (bench/parallel/run.py).
"""

import sys
import threading
import time

from common import SHIM, emit, parse_args

exec(SHIM)

CONSUMER = {
    ("queue", 0): '''
total = 0
get = q.get
ready.put(1)
for _ in range(n):
    total += get()
done.put(total)
''',
    ("queue", 1): '''
total = 0
get = q.get_nowait
got = 0
ready.put(1)
while got < n:
    try:
        total += get()
        got += 1
    except QueueEmpty:
        pass
done.put(total)
''',
    ("channel", 0): '''
total = 0
recv = r.recv
ready.put(1)
for _ in range(n):
    total += recv()
done.put(total)
''',
    ("channel", 1): '''
total = 0
recv = r.recv_nowait
got = 0
ready.put(1)
while got < n:
    v = recv(None)
    if v is not None:
        total += v
        got += 1
done.put(total)
''',
    ("rawqueue", 1): '''
import _interpqueues
total = 0
get = _interpqueues.get
got = 0
ready.put(1)
while got < n:
    try:
        total += get(qid)[0]
        got += 1
    except _interpqueues.QueueError:
        pass
done.put(total)
''',
}

ECHO = {
    "queue": '''
while True:
    v = q1.get()
    if v is None:
        break
    q2.put(v)
''',
    "channel": '''
while True:
    v = r1.recv()
    if v is None:
        break
    s2.send(v)
''',
}


def in_thread(interp, code):
    errors = []

    def body():
        try:
            interp.exec(code)
        except BaseException as exc:
            errors.append(exc)

    t = threading.Thread(target=body)
    t.start()
    return t, errors


def oneway(via, n, poll):
    interp = interpreters.create()
    interp.exec(SHIM)  # CPython 3.13 takes a queue into an interpreter that imported the module
    ready, done = create_queue(), create_queue()
    interp.prepare_main(ready=ready, done=done, n=n)
    if via == "queue":
        q = create_queue()
        interp.prepare_main(q=q)
        send = q.put
    elif via == "channel":
        r, s = create_channel()
        interp.prepare_main(r=r)
        send = s.send_nowait if poll else s.send
    else:
        import _interpqueues
        qid = _interpqueues.create(0, 0, 1)  # unbounded, shared-only format, unbound: remove
        interp.prepare_main(qid=qid)
        put = _interpqueues.put

        def send(v):
            put(qid, v, 0, 1)
    t, errors = in_thread(interp, CONSUMER[(via, poll)])
    ready.get()
    t0 = time.perf_counter()
    for i in range(n):
        send(i)
    t.join()
    dt = time.perf_counter() - t0
    if errors:
        raise errors[0]
    total = done.get()
    if total != n * (n - 1) // 2:
        raise SystemExit("consumer got the wrong sum: %r" % (total,))
    interp.close()
    return dt


def rtt(via, n):
    interp = interpreters.create()
    interp.exec(SHIM)
    if via == "queue":
        q1, q2 = create_queue(), create_queue()
        interp.prepare_main(q1=q1, q2=q2)
        send, recv = q1.put, q2.get
    else:
        r1, s1 = create_channel()
        r2, s2 = create_channel()
        interp.prepare_main(r1=r1, s2=s2)
        send, recv = s1.send, r2.recv
    t, errors = in_thread(interp, ECHO[via])
    send(-1)  # the echo side is running
    if recv() != -1:
        raise SystemExit("echo: wrong answer")
    t0 = time.perf_counter()
    for i in range(n):
        send(i)
        if recv() != i:
            raise SystemExit("echo: wrong answer")
    dt = time.perf_counter() - t0
    send(None)
    t.join()
    if errors:
        raise errors[0]
    interp.close()
    return dt


def main():
    opts = parse_args(sys.argv[1:], {"test": "oneway", "via": "queue", "count": 100000,
                                     "poll": 0, "repeat": 3})
    test, via, n, poll = opts["test"], opts["via"], opts["count"], opts["poll"]
    best = None
    for _ in range(opts["repeat"]):
        dt = oneway(via, n, poll) if test == "oneway" else rtt(via, n)
        best = dt if best is None else min(best, dt)
    emit({"bench": test, "via": via, "poll": poll, "count": n, "seconds": best,
          "per_second": n / best})


main()
