#!/usr/bin/env python3.13
"""Issue 6's benchmarks: subpy's interpreters against CPython 3.13 in the same run.

Runs each worker program of bench/parallel/ under build/subpy and under python3.13 (and
multiprocessing under python3.13), reads the RESULT line of JSON each prints, and prints the
figures, the ratios and the command behind every row.

(a) parallel efficiency T1/TN (scale.py): N workers (N = the CPUs this process may use) each
    do the work one worker does alone; 1.0 is perfect. Pure computation and allocation-heavy
    code; subpy's own-lock interpreters against CPython 3.13's own-GIL interpreters and
    threads (and subpy's threads of one interpreter). Wall time, per-worker CPU time and
    run-queue wait (/proc/thread-self/schedstat, read by each worker thread), and the process
    CPU time, which includes the threads that are not workers (Go's collector under subpy).
(b) messages between two interpreters (messaging.py, mp_baseline.py): one-way throughput with
    a blocking and with a busy-polling receiver, and blocking echo round trips through
    channels and queues; against CPython 3.13's _interpqueues, its test.support.interpreters
    queues and channels, and multiprocessing.Queue.
(c) create + first exec + close of an interpreter from Python (lifecycle.py).

Issue 6's targets: efficiency >= 0.95 for computation; >= 3 M msg/s one-way with a blocking
receiver; >= 100 000 blocking round trips/s through channels and queues. The exit status is 0
unless --strict is given and a target is missed or a subpy program fails.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ENV = {"PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1",
       "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
EFF_TARGET, ONEWAY_TARGET, RTT_TARGET = 0.95, 3e6, 1e5


def short(path: str) -> str:
    """A path as the reader would type it from the top of the tree."""
    rel = os.path.relpath(path, ROOT)
    return path if rel.startswith("..") else rel


def steal_s() -> float:
    """The CPU time the hypervisor gave to others (all CPUs; /proc/stat's steal, in seconds)."""
    with open("/proc/stat") as f:
        fields = f.readline().split()
    return int(fields[8]) / os.sysconf("SC_CLK_TCK")


PRIORITY: list[int] = []  # --priority: the nice value of the worker programs, if given


def set_priority() -> None:
    if PRIORITY:
        os.setpriority(os.PRIO_PROCESS, 0, PRIORITY[0])


def run(argv: list[str], timeout: float) -> tuple[dict | None, str]:
    """Run a worker; return (its RESULT, "") or (None, why it failed). The RESULT gets
    "steal": the host's steal time over the whole program run."""
    steal0 = steal_s()
    try:
        proc = subprocess.run(argv, cwd=HERE, env=ENV, capture_output=True, timeout=timeout,
                              stdin=subprocess.DEVNULL, preexec_fn=set_priority)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout:.0f} s"
    out = proc.stdout.decode(errors="replace")
    for line in out.splitlines():
        if line.startswith("RESULT "):
            if proc.returncode != 0:
                break
            res = json.loads(line[len("RESULT "):])
            res["steal"] = steal_s() - steal0
            return res, ""
    err = (proc.stderr.decode(errors="replace").strip().splitlines() or [out.strip()[-200:]])[-1]
    return None, f"exit {proc.returncode}: {err[:150]}"


class Report:
    def __init__(self) -> None:
        self.failed: list[str] = []
        self.missed: list[str] = []

    def cmd(self, argv: list[str]) -> str:
        return " ".join([short(argv[0])] + [short(os.path.join(HERE, a)) if a.endswith(".py") else a
                                            for a in argv[1:]])


def scale_section(opts, rep: Report) -> None:
    n = opts.workers
    print(f"(a) parallel efficiency T1/TN, N = {n} workers; work calibrated to ~{opts.seconds} s "
          f"for one worker; best of {opts.repeat} rounds each")
    print("    cpuN/waitN: each worker's CPU time and run-queue wait in the TN round (its own"
          " /proc/thread-self/schedstat); proc cpu: the whole process's CPU time in that round")
    print("    T1/TN: best T1 over best TN; pairs: T1/TN of each round pair (min/median/max);"
          " cpu eff: cpu1 over the largest cpuN (the slow-down a wait does not explain);")
    print("    -wait: T1/TN again with each worker's own run-queue wait taken out of its wall time"
          " (what a machine without other load would have shown, as far as waits explain it)")
    print("    quiet: round pairs that started with the rest of the machine idle (each waits up to"
          f" {opts.quiet_wait:g} s for that)")
    print("    steal: CPU time the hypervisor gave to other guests during the whole program"
          " (/proc/stat), a load schedstat cannot see")
    print(f"    {'work':8} {'runtime, workers':34} {'T1 s':>6} {'TN s':>6} {'T1/TN':>6} "
          f"{'cpu1 s':>6} {'cpuN s':>11} {'waitN s':>11} {'proc cpu':>8} {'steal':>5} {'cpu eff':>7} {'-wait':>6}  {'pairs min/med/max':>17} quiet")
    configs = [("subpy", opts.subpy, "interp", "subpy, own-lock interpreters"),
               ("3.13", opts.py313, "interp", "CPython 3.13, own-GIL interpreters"),
               ("3.13", opts.py313, "threads", "CPython 3.13, threads"),
               ("subpy", opts.subpy, "threads", "subpy, threads of one interpreter"),
               ("3.13", opts.py313, "processes", "CPython 3.13, processes (ceiling)")]
    effs: dict[tuple[str, str, str], float] = {}
    adjs: dict[tuple[str, str, str], float] = {}
    cmds = []
    for kind in ("compute", "alloc"):
        for label, exe, mode, title in configs:
            argv = [exe, "scale.py", "--mode", mode, "--kind", kind, "--workers", str(n),
                    "--seconds", str(opts.seconds), "--repeat", str(opts.repeat),
                    "--quiet-wait", str(opts.quiet_wait)]
            cmds.append(rep.cmd(argv))
            res, why = run(argv, opts.timeout)
            if res is None:
                print(f"    {kind:8} {title:34} failed: {why}")
                if label == "subpy":
                    rep.failed.append(f"scale {mode} {kind}")
                continue
            t1, tn = res["t1"], res["tn"]
            cpun = "/".join(f"{w[1]:.2f}" for w in tn["workers"])
            waitn = "/".join(f"{w[2]:.2f}" for w in tn["workers"])
            eff = res["efficiency"]
            pr = res["round_efficiencies"]
            cpu_eff = t1["workers"][0][1] / max(w[1] for w in tn["workers"])
            w1 = t1["workers"][0]
            adj = (w1[0] - w1[2]) / max(w[0] - w[2] for w in tn["workers"])
            adjs[(label, mode, kind)] = adj
            effs[(label, mode, kind)] = eff
            print(f"    {kind:8} {title:34} {t1['wall']:6.3f} {tn['wall']:6.3f} {eff:6.2f} "
                  f"{t1['workers'][0][1]:6.2f} {cpun:>11} {waitn:>11} {tn['process_cpu']:8.2f} {res['steal']:5.2f} {cpu_eff:7.2f} {adj:6.2f}  {pr[0]:5.2f}/{pr[len(pr) // 2]:5.2f}/{pr[-1]:5.2f} {res['quiet_rounds']}/{len(pr)}")
    for kind in ("compute", "alloc"):
        s, c, t, p = (effs.get(("subpy", "interp", kind)), effs.get(("3.13", "interp", kind)),
                      effs.get(("3.13", "threads", kind)), effs.get(("3.13", "processes", kind)))
        if None not in (s, c, t, p):
            print(f"    {kind}: T1/TN subpy interpreters {s:.2f} vs CPython 3.13 interpreters {c:.2f},"
                  f" threads {t:.2f}; separate processes {p:.2f}")
            a = [adjs[(lab, m, kind)] for lab, m in (("subpy", "interp"), ("3.13", "interp"),
                                                       ("3.13", "threads"), ("3.13", "processes"))]
            print(f"    {kind}: without waits   {a[0]:.2f} vs {a[1]:.2f}, {a[2]:.2f}; {a[3]:.2f}")
    s = effs.get(("subpy", "interp", "compute"))
    verdict = "n/a" if s is None else ("met" if s >= EFF_TARGET else "NOT met")
    a = adjs.get(("subpy", "interp", "compute"))
    print(f"    target (computation, subpy interpreters T1/TN >= {EFF_TARGET}): {verdict}"
          + (f" ({a:.2f} without the run-queue waits)" if a is not None else ""))
    if s is not None and s < EFF_TARGET:
        rep.missed.append("efficiency")
    print("    commands (from the top of the tree):")
    for c in cmds:
        print(f"      {c}")
    print()


def messaging_section(opts, rep: Report) -> None:
    q = opts.quick
    sub, cpy = opts.subpy, opts.py313
    m = 10 if q else 1
    # (label, runtime, argv tail, target kind)
    rows = [
        ("one-way, queue, blocking get", "subpy", ["messaging.py", "--via", "queue", "--count", str(2000000 // m)], "oneway"),
        ("one-way, queue, blocking get", "3.13", ["messaging.py", "--via", "queue", "--count", str(200000 // m)], None),
        ("one-way, channel, blocking recv", "subpy", ["messaging.py", "--via", "channel", "--count", str(200000 // m)], None),
        ("one-way, channel, blocking recv", "3.13", ["messaging.py", "--via", "channel", "--count", str(50 // m or 5), "--repeat", "1"], None),
        ("one-way, queue, busy-polling get_nowait", "subpy", ["messaging.py", "--via", "queue", "--poll", "1", "--count", str(2000000 // m)], None),
        ("one-way, queue, busy-polling get_nowait", "3.13", ["messaging.py", "--via", "queue", "--poll", "1", "--count", str(300000 // m)], None),
        ("one-way, raw _interpqueues, busy-polling", "subpy", ["messaging.py", "--via", "rawqueue", "--poll", "1", "--count", str(2000000 // m)], None),
        ("one-way, raw _interpqueues, busy-polling", "3.13", ["messaging.py", "--via", "rawqueue", "--poll", "1", "--count", str(500000 // m)], None),
        ("one-way, multiprocessing.Queue", "3.13", ["mp_baseline.py", "--count", str(200000 // m)], None),
        ("round trips, channels", "subpy", ["messaging.py", "--test", "rtt", "--via", "channel", "--count", str(300000 // m)], "rtt"),
        ("round trips, channels", "3.13", ["messaging.py", "--test", "rtt", "--via", "channel", "--count", str(20000 // m), "--repeat", "2"], None),
        ("round trips, queues", "subpy", ["messaging.py", "--test", "rtt", "--via", "queue", "--count", str(300000 // m)], "rtt"),
        ("round trips, queues (short run)", "3.13", ["messaging.py", "--test", "rtt", "--via", "queue", "--count", str(40 // m), "--repeat", "1"], None),
        ("round trips, multiprocessing.Queue", "3.13", ["mp_baseline.py", "--test", "rtt", "--count", str(20000 // m), "--repeat", "2"], None),
    ]
    print("(b) messages between two interpreters (ints; the main interpreter sends, a second one "
          "run by its own thread receives or echoes)")
    print(f"    {'what':42} {'runtime':8} {'per second':>12} {'vs 3.13':>8}   command (from the top of the tree)")
    by_label: dict[str, float] = {}
    for label, who, tail, target in rows:
        exe = sub if who == "subpy" else cpy
        argv = [exe] + tail
        res, why = run(argv, opts.timeout)
        key = label.replace(" (short run)", "")
        if res is None:
            print(f"    {label:42} {who:8} failed: {why}")
            if who == "subpy":
                rep.failed.append(label)
            continue
        rate = res["per_second"]
        ratio = ""
        if who == "3.13":
            by_label[key] = rate
            if ("subpy", key) in by_label:
                ratio = f"{by_label[('subpy', key)] / rate:7.1f}x"
        else:
            by_label[("subpy", key)] = rate  # type: ignore[index]
        print(f"    {label:42} {who:8} {rate:12,.0f} {ratio:>8}   {rep.cmd(argv)}")
        if target == "oneway" and rate < ONEWAY_TARGET:
            rep.missed.append(label)
        if target == "rtt" and rate < RTT_TARGET:
            rep.missed.append(label)
    print(f"    (vs 3.13, on CPython's row: subpy's rate over CPython 3.13's for the same test)")
    print(f"    targets: one-way with a blocking receiver >= {ONEWAY_TARGET / 1e6:.0f} M/s, "
          f"blocking round trips >= {RTT_TARGET:,.0f}/s through channels and queues")
    print()


def lifecycle_section(opts, rep: Report) -> None:
    print("(c) create() + first exec + close() of an interpreter, from Python")
    results = {}
    for who, exe, count in (("subpy", opts.subpy, 200 if opts.quick else 2000),
                            ("3.13", opts.py313, 20 if opts.quick else 100)):
        argv = [exe, "lifecycle.py", "--count", str(count)]
        res, why = run(argv, opts.timeout)
        if res is None:
            print(f"    {who:8} failed: {why}")
            if who == "subpy":
                rep.failed.append("lifecycle")
            continue
        results[who] = res["median_us"]
        print(f"    {who:8} median {res['median_us']:10.1f} us  mean {res['mean_us']:10.1f} us"
              f"  over {count}   {rep.cmd(argv)}")
    if len(results) == 2:
        print(f"    subpy is {results['3.13'] / results['subpy']:.0f}x faster (medians)")
    print()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--subpy", default=os.path.join(ROOT, "build", "subpy"))
    ap.add_argument("--py313", default=os.path.expanduser("~/.pyenv/versions/3.13.0/bin/python3.13"))
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)),
                    help="N for (a) (default: the CPUs this process may use)")
    ap.add_argument("--seconds", type=float, default=0.25, help="one worker's work in (a)")
    ap.add_argument("--repeat", type=int, default=9, help="rounds in (a); the best counts")
    ap.add_argument("--quiet-wait", type=float, default=1.0,
                    help="seconds each round pair in (a) may wait for the machine to go quiet")
    ap.add_argument("--priority", type=int, default=None,
                    help="run the worker programs at this nice value (negative needs root): on a "
                         "machine shared with other work, -10 lets the scheduler favour them")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per program")
    ap.add_argument("--quick", action="store_true", help="smaller counts (a smoke run)")
    ap.add_argument("--only", choices=["scale", "messaging", "lifecycle"], action="append",
                    help="run only these sections")
    ap.add_argument("--strict", action="store_true",
                    help="exit 1 when a target is missed or a subpy program fails")
    opts = ap.parse_args()
    for path in (opts.subpy, opts.py313):
        if not os.access(path, os.X_OK):
            print(f"bench-parallel: not an executable: {path}", file=sys.stderr)
            return 1
    opts.subpy, opts.py313 = os.path.abspath(opts.subpy), os.path.abspath(opts.py313)
    if opts.priority is not None:
        PRIORITY.append(opts.priority)
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    print(f"bench-parallel: subpy={short(opts.subpy)} python3.13={opts.py313}; "
          f"{os.cpu_count()} CPUs, load average {load} at start"
          + (f"; workers at nice {opts.priority}" if opts.priority is not None else ""))
    print()
    rep = Report()
    sections = opts.only or ["scale", "messaging", "lifecycle"]
    t0 = time.monotonic()
    if "scale" in sections:
        scale_section(opts, rep)
    if "messaging" in sections:
        messaging_section(opts, rep)
    if "lifecycle" in sections:
        lifecycle_section(opts, rep)
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    print(f"done in {time.monotonic() - t0:.0f} s; load average {load} at the end")
    if rep.failed:
        print(f"subpy failed: {'; '.join(rep.failed)}")
    if rep.missed:
        print(f"targets missed: {'; '.join(rep.missed)}")
    return 1 if opts.strict and (rep.failed or rep.missed) else 0


if __name__ == "__main__":
    sys.exit(main())
