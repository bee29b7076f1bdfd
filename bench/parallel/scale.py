"""Parallel efficiency: N workers each do the work one worker does alone.

    scale.py --mode interp|threads --kind compute|alloc --workers N --seconds S --repeat R

mode interp: each worker is an interpreter of its own (own lock) run by its own thread;
mode threads: the workers are threads of the main interpreter; mode processes (CPython only:
multiprocessing): the workers are processes of their own, waiting on a pipe, which gives the
machine's own ceiling for this work. Each round starts the workers
together and joins them; T1 is the wall time of a round with one worker, TN of a round with N,
best of R rounds each (the rounds alternate, after one untimed warm-up round); the efficiency
of each pair of rounds (T1 of the round over TN of the next) is reported too, to show the spread.
Before each pair the program waits, up to --quiet-wait seconds, for the rest of the machine to
go quiet (under a tenth of a CPU busy, from /proc/stat), and reports how many pairs started quiet;
after two waits in a row that ran out, it stops waiting. Efficiency T1/TN is 1.0 when N workers finish N
times the work in the time one takes. The work is calibrated first so one worker takes about S
seconds. Each worker thread reads its own CPU time and run-queue wait from
/proc/thread-self/schedstat around its part, so a loaded machine shows as wait, not as a lower
efficiency one cannot explain; the process CPU time (time.process_time) shows the work done by
other threads (Go's collector under subpy).

Runs under build/subpy and CPython 3.13; prints one RESULT line of JSON (bench/parallel/run.py).
"""

import sys
import threading
import time

from common import SHIM, SCHED_CODE, emit, parse_args, sched_ns

exec(SHIM)

WORK = {
    # Integer arithmetic and Python-to-Python calls: no allocation on subpy's fast path.
    "compute": '''
def _step(a, i):
    return (a * 31 + i) & 0xFFFFF

def work(n):
    acc = 0
    for i in range(n):
        acc = _step(acc, i)
        if acc & 1:
            acc += 3
    return acc
''',
    # Short-lived lists, tuples, strs and dicts: the collector's load.
    "alloc": '''
def work(n):
    total = 0
    for i in range(n):
        rows = [(j, str(j), [j]) for j in range(32)]
        index = {s: t for j, s, t in rows}
        total += len(index) + len(rows[i & 31][1])
    return total
''',
}


def busy_cpus(interval=0.25):
    """How many CPUs' worth of time the rest of the machine used over `interval` (this process
    sleeps meanwhile), from /proc/stat."""
    def snap():
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
        return v[3] + v[4], sum(v)  # idle + iowait, total
    i0, t0 = snap()
    time.sleep(interval)
    i1, t1 = snap()
    ncpu = 0
    with open("/proc/stat") as f:
        for line in f:
            if line.startswith("cpu") and line[3:4].isdigit():
                ncpu += 1
    return ncpu * (1 - (i1 - i0) / max(1, t1 - t0))


def wait_for_quiet(limit):
    """Before a pair of rounds: wait (up to `limit` seconds) until the rest of the machine uses
    less than a tenth of a CPU, so that other programs' bursts fall between rounds rather than
    in them. Returns 1 if the machine was quiet, 0 if the limit passed first."""
    deadline = time.perf_counter() + limit
    while True:
        if busy_cpus() < 0.1:
            return 1
        if time.perf_counter() >= deadline:
            return 0


def calibrate(seconds):
    """The n for which work(n) takes about `seconds` of CPU time here (run in the main
    interpreter; CPU time, so that a busy machine does not shrink the work)."""
    n = 1000
    work(n)
    while True:
        c0 = sched_ns()[0]
        work(n)
        dt = (sched_ns()[0] - c0) / 1e9
        if dt >= 0.2:
            return max(1, int(n * seconds / dt))
        n *= 2


def process_worker(conn, n):
    """A worker process (--mode processes): one work(n) per message, answered with its timing."""
    while conn.recv():
        c0, q0 = sched_ns()
        t0 = time.perf_counter()
        work(n)
        t1 = time.perf_counter()
        c1, q1 = sched_ns()
        conn.send([t1 - t0, (c1 - c0) / 1e9, (q1 - q0) / 1e9])


def start_processes(count, n):
    import multiprocessing
    ctx = multiprocessing.get_context("fork")
    pipes, procs = [], []
    for _ in range(count):
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=process_worker, args=(child, n))
        proc.start()
        pipes.append(parent)
        procs.append(proc)
    return pipes, procs


def main():
    opts = parse_args(sys.argv[1:], {"mode": "interp", "kind": "compute", "workers": 2,
                                     "seconds": 0.5, "repeat": 3, "quiet_wait": 10.0})
    mode, kind, nworkers = opts["mode"], opts["kind"], opts["workers"]
    src = WORK[kind]
    exec(src, globals())
    n = calibrate(opts["seconds"])

    interps = []
    if mode == "processes":
        pipes, procs = start_processes(nworkers, n)
    if mode == "interp":
        for _ in range(nworkers):
            interp = interpreters.create()
            interp.prepare_main(n=n)
            interp.exec(src + SCHED_CODE)
            interps.append(interp)

    def run_round(k):
        if mode == "processes":
            p0 = time.process_time()
            t0 = time.perf_counter()
            for conn in pipes[:k]:
                conn.send(True)
            parts = [conn.recv() for conn in pipes[:k]]
            wall = time.perf_counter() - t0
            # the children's CPU time: the parent only waits
            return {"wall": wall, "process_cpu": sum(p[1] for p in parts) + time.process_time() - p0,
                    "workers": parts}
        parts = [None] * k

        def body(idx):
            try:
                c0, q0 = sched_ns()
                t0 = time.perf_counter()
                if mode == "interp":
                    interps[idx].exec("r = work(n)")
                else:
                    work(n)
                t1 = time.perf_counter()
                c1, q1 = sched_ns()
                parts[idx] = [t1 - t0, (c1 - c0) / 1e9, (q1 - q0) / 1e9]
            except BaseException as exc:
                parts[idx] = type(exc).__name__ + ": " + str(exc)

        threads = [threading.Thread(target=body, args=(i,)) for i in range(k)]
        p0 = time.process_time()
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        pcpu = time.process_time() - p0
        for part in parts:
            if not isinstance(part, list):
                raise SystemExit("worker failed: %s" % (part,))
        return {"wall": wall, "process_cpu": pcpu, "workers": parts}

    run_round(nworkers)  # warm-up: every interpreter runs the work once before the timed rounds
    best1 = bestn = None
    pairs = []
    quiet_pairs = 0
    misses = 0
    for _ in range(opts["repeat"]):
        if misses < 2:  # a machine busy twice in a row stays busy: stop waiting for it
            quiet = wait_for_quiet(opts["quiet_wait"])
            quiet_pairs += quiet
            misses = 0 if quiet else misses + 1
        r1 = run_round(1)
        rn = run_round(nworkers)
        pairs.append(r1["wall"] / rn["wall"])
        if best1 is None or r1["wall"] < best1["wall"]:
            best1 = r1
        if bestn is None or rn["wall"] < bestn["wall"]:
            bestn = rn
    pairs.sort()
    for interp in interps:
        interp.close()
    if mode == "processes":
        for conn, proc in zip(pipes, procs):
            conn.send(False)
            proc.join()
    emit({"bench": "scale", "mode": mode, "kind": kind, "n": n, "workers": nworkers,
          "t1": best1, "tn": bestn, "efficiency": best1["wall"] / bestn["wall"],
          "round_efficiencies": pairs, "quiet_rounds": quiet_pairs})


main()
