"""Parse benchmark: subpy's parser against CPython 3.13's on the whole stdlib (issue 3, item 7).

Run under python3.13 (the running interpreter is CPython's side):

    parse_bench.py [--reps 5] [--go go]

The corpus is every .py file of the stdlib (site-packages excluded) that this
python3.13 can parse. CPython's side is compile(src, f, 'exec',
ast.PyCF_ONLY_AST) here, in-process; subpy's side is parse_bench.go (core/parser
in-process), run with `go run`, or the command in $SUBPY_PARSE_BENCH, which
must take `-list FILE -reps N` and print parse_bench.go's JSON. Both sides
read every file into memory before timing and keep their best repetition.
The ratio uses CPython as it runs by default; a second CPython timing with
its cyclic GC disabled is printed for context (the GC walks the new AST
objects), as are subpy's heap allocations per source byte.
"""

import argparse
import ast
import gc
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import ast_compare  # noqa: E402  (the stdlib file walk)


def corpus(lib):
    """(paths, sources) of the stdlib files python3.13 parses."""
    paths, sources = [], []
    for rel in ast_compare.all_stdlib_files(lib):
        path = os.path.join(lib, rel)
        with open(path, "rb") as f:
            src = f.read()
        try:
            compile(src, path, "exec", ast.PyCF_ONLY_AST)
        except (SyntaxError, ValueError):
            continue
        paths.append(path)
        sources.append(src)
    return paths, sources


def time_cpython(paths, sources, reps):
    best = None
    for _ in range(reps):
        start = time.perf_counter()
        for path, src in zip(paths, sources):
            compile(src, path, "exec", ast.PyCF_ONLY_AST)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--lib", default=ast_compare.stdlib_dir())
    ap.add_argument("--go", default="go")
    args = ap.parse_args()
    warnings.simplefilter("ignore")  # SyntaxWarnings from the test files

    paths, sources = corpus(args.lib)
    size = sum(len(s) for s in sources)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", prefix="parse-bench-", delete=False) as f:
        f.write("".join(p + "\n" for p in paths))
        list_file = f.name
    try:
        cmd = os.environ.get("SUBPY_PARSE_BENCH")
        argv = shlex.split(cmd) if cmd else [args.go, "run", os.path.join(HERE, "parse_bench.go")]
        proc = subprocess.run(argv + ["-list", list_file, "-reps", str(args.reps)],
                              cwd=ROOT, capture_output=True, text=True)
    finally:
        os.unlink(list_file)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        sys.exit(f"parse_bench: {' '.join(argv)} failed with status {proc.returncode}")
    subpy = json.loads(proc.stdout.strip().splitlines()[-1])
    if subpy["files"] != len(paths) or subpy["bytes"] != size:
        sys.exit(f"parse_bench: subpy's side parsed {subpy['files']} files / {subpy['bytes']} bytes, "
                 f"expected {len(paths)} / {size}")
    cpython = time_cpython(paths, sources, args.reps)
    # For context only: how much of CPython's time is its cyclic GC walking the
    # new AST objects (the ratio uses the default, GC on).
    gc.disable()
    try:
        cpython_no_gc = time_cpython(paths, sources, args.reps)
    finally:
        gc.enable()

    mb = size / 1e6
    sp = subpy["best_seconds"]
    print(f"parse benchmark: {len(paths)} stdlib files, {mb:.1f} MB, best of {args.reps}")
    rows = [("cpython 3.13 compile(PyCF_ONLY_AST)", cpython, ""),
            ("  the same with gc.disable()", cpython_no_gc, "  (for context)"),
            ("subpy core/parser, in-process", sp,
             f"  {subpy['mallocs'] / size:.2f} allocs/byte, "
             f"{subpy['alloc_bytes'] / size:.1f} bytes allocated/byte")]
    for label, seconds, extra in rows:
        print(f"  {label:36} {seconds:7.3f} s {mb / seconds:6.1f} MB/s{extra}")
    print(f"  ratio subpy/cpython time: {sp / cpython:.2f} (subpy {cpython / sp:.2f}x as fast as cpython)")
    if subpy["errors"]:
        print(f"  subpy failed on {len(subpy['errors'])} files CPython parses, e.g. {subpy['errors'][0][:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
