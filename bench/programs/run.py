#!/usr/bin/env python3.13
"""Time bench/programs/bench_*.py under subpy, CPython 3.13 and CPython 3.11 in the same run.

Each program runs --repeat times under each interpreter (interleaved: subpy, 3.13, 3.11, then
again); its time is the best CPU time (user + system, from os.wait4's rusage) of the child.
Before a subpy time counts, subpy's stdout and exit status must equal python3.13's: a program
subpy fails to run or answers wrongly is reported as such and not timed. The geometric means
count only the programs subpy ran correctly, and say how many that is.

Issue 5's target: geometric mean of subpy/3.13 at most 2.0, no program above 4.0.
The exit status is 0 unless --strict is given and the target is missed or a program fails.
"""

from __future__ import annotations

import argparse
import math
import os
import signal
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ENV = {"PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1",
       "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
GEOMEAN_TARGET, WORST_TARGET = 2.0, 4.0


def run_timed(argv: list[str], timeout: float) -> tuple[str | int, float, bytes, bytes]:
    """Run argv; return (exit status or "timeout", child CPU seconds, stdout, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        pid = os.posix_spawn(argv[0], argv, ENV, file_actions=[
            (os.POSIX_SPAWN_OPEN, 0, "/dev/null", os.O_RDONLY, 0),
            (os.POSIX_SPAWN_DUP2, out.fileno(), 1), (os.POSIX_SPAWN_DUP2, err.fileno(), 2)],
            setpgroup=0)
        deadline = time.monotonic() + timeout
        status: str | int
        while True:
            wpid, wstatus, usage = os.wait4(pid, os.WNOHANG)
            if wpid:
                status = os.waitstatus_to_exitcode(wstatus)
                break
            if time.monotonic() > deadline:
                os.killpg(pid, signal.SIGKILL)
                _, _, usage = os.wait4(pid, 0)
                status = "timeout"
                break
            time.sleep(0.005)
        out.seek(0)
        err.seek(0)
        return status, usage.ru_utime + usage.ru_stime, out.read(), err.read()


def geomean(xs: list[float]) -> float:
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--subpy", default=os.path.join(ROOT, "build", "subpy"))
    ap.add_argument("--py313", default=os.path.expanduser("~/.pyenv/versions/3.13.0/bin/python3.13"))
    ap.add_argument("--py311", default=os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python3.11"))
    ap.add_argument("--repeat", type=int, default=3, help="runs per interpreter; the best counts")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per run")
    ap.add_argument("-k", "--filter", action="append", default=[], help="only programs whose name contains this")
    ap.add_argument("--size", action="append", default=[], metavar="NAME=N",
                    help="size argument for one program (default: the program's own)")
    ap.add_argument("--strict", action="store_true", help="exit 1 when the target is missed or a program fails")
    opts = ap.parse_args()

    sizes = dict(s.split("=", 1) for s in opts.size)
    programs = sorted(f for f in os.listdir(HERE) if f.startswith("bench_") and f.endswith(".py"))
    if opts.filter:
        programs = [p for p in programs if any(k in p for k in opts.filter)]
    interps = [("subpy", opts.subpy), ("3.13", opts.py313), ("3.11", opts.py311)]
    for _, path in interps:
        if not os.access(path, os.X_OK):
            print(f"bench: not an executable: {path}", file=sys.stderr)
            return 1

    print(f"CPU time (user+sys) of the child, best of {opts.repeat}; subpy={opts.subpy}")
    print(f"{'program':28} {'subpy':>9} {'3.13':>9} {'3.11':>9} {'sub/3.13':>9} {'sub/3.11':>9}")
    ratios13, ratios11, base = [], [], []
    failures = []
    for prog in programs:
        name = prog[:-3]
        argv_tail = [os.path.join(HERE, prog)] + ([sizes[name]] if name in sizes else [])
        best = {}
        outputs = {}
        for _ in range(opts.repeat):
            for label, path in interps:
                if label == "subpy" and label in outputs and outputs[label][0] != "ok":
                    continue  # subpy failed once: do not keep timing it
                status, cpu, out, err = run_timed([path] + argv_tail, opts.timeout)
                if label not in outputs:
                    outputs[label] = (status, out, err)
                if status == 0:
                    best[label] = min(best.get(label, cpu), cpu)
            # decide about subpy after the first round, once 3.13's answer is known
            ref = outputs["3.13"]
            sub = outputs["subpy"]
            if sub[0] not in ("ok", "failed"):
                if ref[0] != 0:
                    print(f"{name:28} python3.13 failed (exit {ref[0]}): {ref[2].decode(errors='replace').strip()[-200:]}")
                    return 1
                if sub[0] != 0:
                    last = (sub[2].decode(errors="replace").strip().splitlines() or [""])[-1]
                    last = last.replace(opts.subpy, "subpy").replace(argv_tail[0], prog)
                    outputs["subpy"] = ("failed", f"exit {sub[0]}: {last[:90]}", b"")
                elif sub[1] != ref[1]:
                    outputs["subpy"] = ("failed", "WRONG OUTPUT (differs from python3.13)", b"")
                else:
                    outputs["subpy"] = ("ok", sub[1], sub[2])
        t13, t11 = best["3.13"], best.get("3.11")
        base.append(t11 / t13 if t11 else float("nan"))
        fmt11 = f"{t11:9.3f}" if t11 else f"{'failed':>9}"
        if outputs["subpy"][0] == "ok":
            ts = best["subpy"]
            r13, r11 = ts / t13, (ts / t11 if t11 else None)
            ratios13.append(r13)
            if r11:
                ratios11.append(r11)
            print(f"{name:28} {ts:9.3f} {t13:9.3f} {fmt11} {r13:9.2f} {r11 if r11 else float('nan'):9.2f}")
        else:
            failures.append(name)
            print(f"{name:28} {'--':>9} {t13:9.3f} {fmt11} {'--':>9} {'--':>9}  subpy: {outputs['subpy'][1]}")

    ran = len(ratios13)
    print()
    good = [b for b in base if b == b]
    if good:
        print(f"geomean 3.11/3.13 over {len(good)} programs: {geomean(good):.2f}")
    if ran:
        print(f"geomean subpy/3.13: {geomean(ratios13):.2f}  worst {max(ratios13):.2f}   "
              f"(over the {ran} of {len(programs)} programs subpy ran correctly)")
        if ratios11:
            print(f"geomean subpy/3.11: {geomean(ratios11):.2f}  worst {max(ratios11):.2f}")
    else:
        print(f"geomean subpy/3.13: n/a (subpy ran none of the {len(programs)} programs correctly)")
    if failures:
        print(f"subpy failed {len(failures)}: {' '.join(failures)}")
    met = ran == len(programs) and ran and geomean(ratios13) <= GEOMEAN_TARGET and max(ratios13) <= WORST_TARGET
    print(f"target (geomean <= {GEOMEAN_TARGET}x 3.13, none > {WORST_TARGET}x, all run): "
          f"{'met' if met else 'NOT met'}")
    return 0 if met or not opts.strict else 1


if __name__ == "__main__":
    sys.exit(main())
