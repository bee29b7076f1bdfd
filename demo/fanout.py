"""subpy's showcase: CPU-bound work fanned out to one interpreter per core.

    build/subpy demo/fanout.py [LIMIT [WORKERS]]

Counts the primes below LIMIT by trial division, in chunks. Each worker is an interpreter of
its own, with its own lock, run by its own thread; the main interpreter hands out the chunks
over channels (one channel to each worker, one back from it) and collects the answers with
select() over the result channels, giving the next chunk to whichever worker answered. The
same job runs with one worker, then with one worker per core (three times each, alternating: the
faster run counts); the demo prints both times and the speed-up. Pure Python throughout: only builtins, time and concurrent.interpreters.
"""

import sys
import time
from concurrent import interpreters


def worker(tasks, results):
    """Runs inside a worker interpreter: answers (lo, hi) with (lo, primes in [lo, hi))."""
    def count_primes(lo, hi):
        count = 0
        for n in range(max(lo, 2), hi):
            if n < 4:
                count += 1
            elif n % 2:
                d = 3
                while d * d <= n:
                    if n % d == 0:
                        break
                    d += 2
                else:
                    count += 1
        return count

    from concurrent.interpreters import ChannelClosedError

    while True:
        try:
            lo, hi = tasks.recv()
            results.send((lo, count_primes(lo, hi)))
        except ChannelClosedError:  # no more work, or nobody wants the answer
            return


def cpu_count():
    """The CPUs this process may run on (from /proc: the demo imports no os module)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("Cpus_allowed_list:"):
                count = 0
                for part in line.split(":", 1)[1].strip().split(","):
                    lo, _, hi = part.partition("-")
                    count += int(hi or lo) - int(lo) + 1
                return count
    return 1


def machine_cpu_seconds():
    """CPU time the whole machine has spent busy, from /proc/stat (in USER_HZ = 1/100 s)."""
    with open("/proc/stat") as f:
        ticks = [int(x) for x in f.readline().split()[1:]]
    return (sum(ticks) - ticks[3] - ticks[4]) / 100  # all but idle and iowait


def fan_out(jobs, nworkers):
    """Run the jobs on nworkers interpreters; return (primes, seconds, jobs per worker,
    CPUs' worth of time other programs used meanwhile)."""
    interps, task_ends, result_ends, threads = [], [], [], []
    for _ in range(nworkers):
        interp = interpreters.create()
        task_recv, task_send = interpreters.create_channel()
        result_recv, result_send = interpreters.create_channel()
        threads.append(interp.call_in_thread(worker, task_recv, result_send))
        interps.append(interp)
        task_ends.append(task_send)
        result_ends.append(result_recv)
    worker_of = {end.id: i for i, end in enumerate(result_ends)}
    done = [0] * nworkers

    machine0, own0 = machine_cpu_seconds(), time.process_time()
    start = time.perf_counter()
    pending = list(jobs)
    busy = 0
    try:
        for send in task_ends:
            if pending:
                send.send(pending.pop())
                busy += 1
        primes = 0
        while busy:
            end, (lo, count) = interpreters.select(*result_ends)
            primes += count
            busy -= 1
            i = worker_of[end.id]
            done[i] += 1
            if pending:
                task_ends[i].send(pending.pop())
                busy += 1
        seconds = time.perf_counter() - start
        others = (machine_cpu_seconds() - machine0) - (time.process_time() - own0)
    finally:
        # Closing the task channels ends the workers, also when Ctrl-C
        # stopped the loop above: the program can then exit.
        for send in task_ends:
            send.close()
        for recv in result_ends:
            recv.close(force=True)
    for t in threads:
        t.join()
    for interp in interps:
        interp.close()
    return primes, seconds, done, max(0.0, others / seconds)


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 600_000
    cores = cpu_count()
    nworkers = int(sys.argv[2]) if len(sys.argv) > 2 else cores
    chunk = 10_000
    # Largest numbers first: they cost the most, so the tail of the run stays short.
    jobs = [(lo, min(lo + chunk, limit)) for lo in range(0, limit, chunk)]

    print(f"{sys.implementation.name} {sys.version.split()[0]}: counting the primes below {limit:,} "
          f"in {len(jobs)} chunks of {chunk:,}")
    # Twice each, alternating; the faster run of each counts (a shared machine is noisy).
    t1 = tn = None
    for _ in range(3):
        one, t, _, _ = fan_out(jobs, 1)
        t1 = t if t1 is None else min(t1, t)
        many, t, done, others = fan_out(jobs, nworkers)
        if tn is None or t < tn:
            tn, best_done, best_others = t, done, others
        if one != many:
            raise SystemExit(f"the runs disagree: {one} != {many}")
    done, others = best_done, best_others
    print(f"  1 interpreter : {one:,} primes in {t1:.2f} s")
    print(f"  {nworkers} interpreters: {many:,} primes in {tn:.2f} s "
          f"(chunks per interpreter: {', '.join(str(d) for d in done)})")
    speedup = t1 / tn
    print(f"speed-up {speedup:.2f}x with {nworkers} interpreters on {cores} core"
          f"{'s' if cores != 1 else ''} (parallel efficiency {speedup / nworkers:.2f})")
    if others >= 0.2:
        print(f"  (other programs kept {others:.1f} of the {cores} CPUs busy meanwhile: "
              f"the speed-up is bounded by what they left)")


main()
