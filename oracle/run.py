#!/usr/bin/env python3.13
"""Execution oracle: run every program under CPython 3.13 and under subpy, compare.

Cases (see oracle/README.md):
  programs/NAME.py            run as `INTERP NAME.py [args]` with cwd programs/
  programs/NAME/main.py       run as `INTERP main.py [args]` with cwd programs/NAME/
                              (the directory holds the modules and packages it imports)
  launcher_cases.json         launcher modes: -c CODE, -m MODULE, -, stdin, missing files...

A program may declare, in its first ten lines:
  # oracle-args: ["a", "b"]        extra command-line arguments (a JSON list)
  # oracle-stdin: "text\\n"        what stdin holds (a JSON string; default: empty, /dev/null)

Both interpreters run with the same argv (relative path), the same cwd and the same clean
environment (CLEAN_ENV below). stdout, stderr and the exit status must match byte for byte
after the one normalisation: the interpreter's own path, as invoked and resolved, is replaced by
<python> (CPython prints argv[0] in "can't open file" and "No module named" errors).

Exit status: 0 when every program passes (or, with --known-failures, when every failing
program is listed); 1 otherwise. A program that CPython itself cannot run (timeout) is an error.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import difflib
import json
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")
LAUNCHER_CASES = os.path.join(HERE, "launcher_cases.json")
DEFAULT_KNOWN = os.path.join(HERE, "known_failures.txt")
DEFAULT_PY313 = os.path.expanduser("~/.pyenv/versions/3.13.0/bin/python3.13")
DEFAULT_SUBPY = os.path.join(ROOT, "build", "subpy")
OUTPUT_LIMIT = 16 << 20

# The whole environment of both children. PYTHONHASHSEED fixes str/bytes hashing (and so the
# iteration order of sets of strings); PYTHONDONTWRITEBYTECODE keeps __pycache__ out of the
# source tree; LC_ALL fixes the encoding of the standard streams.
CLEAN_ENV = {
    "PATH": "/usr/bin:/bin",
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    "LC_ALL": "C.UTF-8",
    "LANG": "C.UTF-8",
}


@dataclass
class Case:
    name: str
    args: list[str]          # after the interpreter
    cwd: str
    stdin: bytes | None = None


@dataclass
class Run:
    status: int | str        # exit status, or "timeout"
    stdout: bytes
    stderr: bytes


@dataclass
class Result:
    case: Case
    expected: Run
    actual: Run
    ok: bool
    why: str = ""
    diffs: list[str] = field(default_factory=list)


def read_directives(path: str) -> tuple[list[str], bytes | None]:
    args: list[str] = []
    stdin = None
    with open(path, encoding="utf-8") as f:
        for _, line in zip(range(10), f):
            if line.startswith("# oracle-args:"):
                args = json.loads(line.split(":", 1)[1])
            elif line.startswith("# oracle-stdin:"):
                stdin = json.loads(line.split(":", 1)[1]).encode()
    return args, stdin


def discover() -> list[Case]:
    cases = []
    for entry in sorted(os.listdir(PROGRAMS)):
        path = os.path.join(PROGRAMS, entry)
        if entry.endswith(".py") and os.path.isfile(path):
            args, stdin = read_directives(path)
            cases.append(Case(entry[:-3], [entry] + args, PROGRAMS, stdin))
        elif os.path.isdir(path) and os.path.isfile(os.path.join(path, "main.py")):
            args, stdin = read_directives(os.path.join(path, "main.py"))
            cases.append(Case(entry, ["main.py"] + args, path, stdin))
    with open(LAUNCHER_CASES, encoding="utf-8") as f:
        for item in json.load(f):
            stdin = item.get("stdin")
            cases.append(Case(item["name"], item["args"], os.path.join(HERE, item.get("cwd", "programs")),
                              None if stdin is None else stdin.encode()))
    names = [c.name for c in cases]
    dups = {n for n in names if names.count(n) > 1}
    if dups:
        sys.exit(f"duplicate case names: {sorted(dups)}")
    return cases


def normalise(data: bytes, interp: str) -> bytes:
    for spelling in sorted({interp, os.path.realpath(interp)}, key=len, reverse=True):
        data = data.replace(spelling.encode(), b"<python>")
    return data


def run_one(interp: str, case: Case, timeout: float) -> Run:
    # Output goes to files capped at OUTPUT_LIMIT bytes (a runaway loop that prints is killed
    # by SIGXFSZ instead of filling memory); the process group is killed on timeout.
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [interp] + case.args, cwd=case.cwd, env=CLEAN_ENV,
            stdin=subprocess.PIPE if case.stdin is not None else subprocess.DEVNULL,
            stdout=out, stderr=err, start_new_session=True)
        try:
            resource.prlimit(proc.pid, resource.RLIMIT_FSIZE, (OUTPUT_LIMIT, OUTPUT_LIMIT))
        except (ProcessLookupError, OSError):
            pass  # already gone
        try:
            proc.communicate(case.stdin, timeout=timeout)
            status: int | str = proc.returncode
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            status = "timeout"
        out.seek(0)
        err.seek(0)
        return Run(status, normalise(out.read(), interp), normalise(err.read(), interp))


def show_diff(label: str, a: bytes, b: bytes, limit: int = 30) -> str:
    lines = list(difflib.unified_diff(
        a.decode("utf-8", "backslashreplace").splitlines(),
        b.decode("utf-8", "backslashreplace").splitlines(),
        f"{label} (python3.13)", f"{label} (subpy)", lineterm="", n=2))
    if len(lines) > limit:
        lines = lines[:limit] + [f"... ({len(lines) - limit} more diff lines)"]
    return "\n".join(lines)


def compare(case: Case, py: str, subpy: str, timeout: float, deadline: float) -> Result:
    if time.monotonic() > deadline:
        skipped = Run("not run", b"", b"")
        return Result(case, skipped, skipped, False, "not run: the --budget was exhausted",
                      ["not run: the --budget was exhausted"])
    expected = run_one(py, case, timeout)
    actual = run_one(subpy, case, timeout)
    diffs, what = [], []
    if expected.status != actual.status:
        what.append(f"exit {actual.status} (want {expected.status})")
        diffs.append(f"exit status: python3.13 {expected.status}, subpy {actual.status}")
    if expected.stdout != actual.stdout:
        what.append("stdout")
        diffs.append(show_diff("stdout", expected.stdout, actual.stdout))
    if expected.stderr != actual.stderr:
        what.append("stderr")
        diffs.append(show_diff("stderr", expected.stderr, actual.stderr))
    why = ", ".join(what) + (" differ" if len(what) > 1 else " differs") if what else ""
    lines = actual.stderr.decode("utf-8", "replace").strip().splitlines()
    if what and lines:
        # A short reason for the known-failures list: subpy's last stderr line, without the
        # launcher's name and the program's path.
        last = re.sub(r"'[^']*\.py'", "FILE", lines[-1].removeprefix("<python>: "))
        why += "; subpy: " + (last[:97] + "..." if len(last) > 100 else last)
    return Result(case, expected, actual, not diffs, why, diffs)


def load_known(path: str) -> dict[str, str]:
    known = {}
    if not os.path.exists(path):
        return known
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, reason = line.partition("#")
            known[name.strip()] = reason.strip()
    return known


def write_known(path: str, failing: list[Result], old: dict[str, str], kept: dict[str, str]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Oracle programs known to fail under subpy: NAME  # reason.\n"
                "# Data that may only shrink: regenerate with `oracle/run.py --update-known`\n"
                "# once the engine fixes programs (see oracle/README.md).\n")
        entries = {r.case.name: old.get(r.case.name) or r.why for r in failing}
        entries.update(kept)
        for name in sorted(entries):
            f.write(f"{name}  # {entries[name]}\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--subpy", default=DEFAULT_SUBPY, help="the interpreter under test")
    ap.add_argument("--python", default=DEFAULT_PY313, help="the oracle (CPython 3.13.0)")
    ap.add_argument("--known-failures", metavar="FILE", help="tolerate the programs listed in FILE")
    ap.add_argument("--update-known", action="store_true",
                    help=f"rewrite the known-failures file (default {os.path.relpath(DEFAULT_KNOWN)})")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per program per interpreter")
    ap.add_argument("--budget", type=float, default=float("inf"),
                    help="wall seconds for the whole run; programs not started by then fail as not run")
    ap.add_argument("--show", type=int, default=5, help="print the diffs of this many failures")
    ap.add_argument("-k", "--filter", action="append", default=[], help="run only names containing this")
    ap.add_argument("--list", action="store_true", help="list the cases and exit")
    opts = ap.parse_args()

    cases = discover()
    if opts.filter:
        cases = [c for c in cases if any(f in c.name for f in opts.filter)]
    if opts.list:
        for c in cases:
            print(c.name, " ".join(c.args))
        return 0
    for interp in (opts.python, opts.subpy):
        if not os.access(interp, os.X_OK):
            print(f"oracle: not an executable: {interp}", file=sys.stderr)
            return 1

    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as pool:
        deadline = start + opts.budget
        results = list(pool.map(lambda c: compare(c, opts.python, opts.subpy, opts.timeout, deadline), cases))
    elapsed = time.monotonic() - start

    broken = [r for r in results if r.expected.status == "timeout"]
    failed = [r for r in results if not r.ok]
    passed = len(results) - len(failed)

    known_path = opts.known_failures or DEFAULT_KNOWN
    known = load_known(known_path) if (opts.known_failures or opts.update_known) else {}

    new = [r for r in failed if r.case.name not in known] if opts.known_failures else failed
    shown = new if opts.known_failures or opts.update_known else failed
    for r in shown[:opts.show]:
        print(f"--- FAIL {r.case.name}: {' '.join(r.case.args)} (cwd {os.path.relpath(r.case.cwd, ROOT)})")
        for d in r.diffs:
            print(d)
    print(f"{passed} passed, {len(failed)} failed ({len(results)} programs, {elapsed:.1f}s, "
          f"{opts.python} vs {opts.subpy})")
    for r in broken:
        print(f"ERROR {r.case.name}: python3.13 itself timed out: fix the program")
    not_run = [r for r in results if r.expected.status == "not run"]
    if not_run:
        print(f"ERROR: the time budget ({opts.budget:g}s) ran out: {len(not_run)} programs not run "
              f"(subpy timing out? see --timeout)")
        broken += not_run

    if opts.update_known:
        # Entries for programs this run did not cover (-k) are kept as they are.
        ran = {c.name for c in cases}
        kept = {n: why for n, why in known.items() if n not in ran}
        write_known(known_path, failed, known, kept)
        added = sorted(r.case.name for r in failed if r.case.name not in known)
        removed = sorted(n for n in known if n in ran and n not in {r.case.name for r in failed})
        print(f"wrote {len(failed) + len(kept)} names to {os.path.relpath(known_path, ROOT)} "
              f"({len(removed)} removed, {len(added)} added)")
        for n in added:
            print(f"added {n}")
        return 1 if broken else 0

    if opts.known_failures:
        failing = {r.case.name for r in failed}
        names = {c.name for c in cases}
        fixed = sorted(n for n in known if n in names and n not in failing)
        stale = sorted(n for n in known if n not in names)
        print(f"known failures: {len(known)} listed, {len(failing & set(known))} still failing, "
              f"{len(new)} newly failing")
        for n in fixed:
            print(f"note: {n} passes now: remove it from {os.path.relpath(known_path, ROOT)}")
        if not opts.filter:
            for n in stale:
                print(f"note: {n} is listed but no such program exists: remove it")
        for r in new:
            print(f"NEW FAILURE {r.case.name}: {r.why}")
        return 1 if new or broken else 0
    return 1 if failed or broken else 0


if __name__ == "__main__":
    sys.exit(main())
