"""multiprocessing.Queue between two processes, for comparison (CPython only).

    mp_baseline.py --test oneway|rtt --count N [--repeat R]

oneway: the parent puts N ints; the child gets them all (blocking get) and sends back their sum.
rtt: the parent puts i and waits for the child to put it back on a second queue.
Prints one RESULT line of JSON, as messaging.py does.
"""

import multiprocessing as mp
import sys
import time

from common import emit, parse_args


def consumer(q, done, n):
    total = 0
    for _ in range(n):
        total += q.get()
    done.put(total)


def echo(q1, q2):
    while True:
        v = q1.get()
        if v is None:
            break
        q2.put(v)


def oneway(n):
    q, done, ready = mp.Queue(), mp.Queue(), mp.Queue()
    p = mp.Process(target=consumer, args=(q, done, n))
    p.start()
    q.put(0)  # first message: the child is up once it is taken (sum unchanged)
    t0 = time.perf_counter()
    for i in range(1, n):
        q.put(i)
    total = done.get()
    dt = time.perf_counter() - t0
    p.join()
    if total != n * (n - 1) // 2:
        raise SystemExit("consumer got the wrong sum")
    return dt


def rtt(n):
    q1, q2 = mp.Queue(), mp.Queue()
    p = mp.Process(target=echo, args=(q1, q2))
    p.start()
    q1.put(-1)
    q2.get()
    t0 = time.perf_counter()
    for i in range(n):
        q1.put(i)
        if q2.get() != i:
            raise SystemExit("echo: wrong answer")
    dt = time.perf_counter() - t0
    q1.put(None)
    p.join()
    return dt


def main():
    opts = parse_args(sys.argv[1:], {"test": "oneway", "count": 100000, "repeat": 3})
    n = opts["count"]
    best = min((oneway if opts["test"] == "oneway" else rtt)(n) for _ in range(opts["repeat"]))
    emit({"bench": opts["test"], "via": "multiprocessing.Queue", "poll": 0, "count": n,
          "seconds": best, "per_second": n / best})


if __name__ == "__main__":
    main()
