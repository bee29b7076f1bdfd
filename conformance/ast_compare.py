"""Compare subpy-ast's AST dumps with CPython 3.13's, file by file (issue 3, item 5).

Run under python3.13: the running interpreter is the oracle. Its side is
conformance/astdump.py, whose per-file results are cached (as hashes) under
--cache-dir keyed by interpreter + flags + file path + mtime, so re-runs only
pay for subpy's side. Both sides run as batches of many files per process,
--jobs processes at a time.

    ast_compare.py --all                      every .py of the oracle's stdlib
    ast_compare.py --files conformance/ast_sample.txt --known-differences FILE
    ast_compare.py --make-sample              print a fresh deterministic sample

Prints `N identical, M different` and the first differences. Without
--known-differences the exit status is 1 if any file differs; with it, only
files not listed there fail, and listed files that now match are reported
so the list can shrink.
"""

import argparse
import concurrent.futures
import difflib
import hashlib
import json
import os
import shlex
import subprocess
import sys
import sysconfig
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ASTDUMP = os.path.join(HERE, "astdump.py")

# Lib/test's syntax-heavy files: always in the sample.
SAMPLE_CORE = [
    "test/test_grammar.py",
    "test/test_syntax.py",
    "test/test_patma.py",
    "test/test_fstring.py",
    "test/test_type_params.py",
    "test/test_exceptions.py",
    "test/test_unpack_ex.py",
    "test/test_type_comments.py",
    "test/test_positional_only_arg.py",
    "test/test_keywordonlyarg.py",
    "test/test_named_expressions.py",
    "test/test_coroutines.py",
    "test/test_string_literals.py",
    "test/test_unicode_identifiers.py",
    "test/test_exception_group.py",
    "test/test_except_star.py",
    "test/test_decorators.py",
    "test/test_with.py",
    "test/test_tokenize.py",
    "test/test_ast/test_ast.py",
    "test/tokenizedata/bad_coding.py",
    "test/tokenizedata/bad_coding2.py",
    "test/tokenizedata/badsyntax_3131.py",
    "test/tokenizedata/badsyntax_pep3120.py",
]
SAMPLE_STRIDE = 7  # plus every 7th file of the sorted rest: ~270 files in all

BATCH_BYTES = 2 << 20  # source bytes per process invocation
BATCH_FILES = 120
BATCH_TIMEOUT = 300  # seconds; a hung batch is killed and its files reported


def stdlib_dir():
    return sysconfig.get_path("stdlib")


def all_stdlib_files(lib):
    """Every .py file under lib, site-packages excluded, as sorted relative paths."""
    found = []
    for dirpath, dirnames, filenames in os.walk(lib):
        dirnames[:] = sorted(d for d in dirnames if d != "site-packages")
        for name in filenames:
            if name.endswith(".py"):
                found.append(os.path.relpath(os.path.join(dirpath, name), lib))
    return sorted(found)


def make_sample(lib):
    everything = all_stdlib_files(lib)
    rest = [f for f in everything if f not in SAMPLE_CORE]
    return SAMPLE_CORE + rest[::SAMPLE_STRIDE]


def read_list(path):
    """A list file: one entry per line, `#` starts a comment."""
    entries = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            entry = line.split("#", 1)[0].strip()
            if entry:
                entries.append(entry)
    return entries


def read_known_differences(path):
    """`NAME  # reason` per line (a path or a case id); a reason is required: the list is data."""
    known = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            entry, _, reason = line.partition("#")
            if not entry.strip() or not reason.strip():
                sys.exit(f"{path}:{n}: expected `NAME  # reason`, got {line.rstrip()!r}")
            known[entry.strip()] = reason.strip()
    return known


def command_for(tool):
    """A tool path or command line; .py tools run under this python3.13."""
    argv = shlex.split(tool)
    if argv[0].endswith(".py"):
        argv = [sys.executable] + argv
    return argv


# --- running a tool over batches -------------------------------------------


class Result:
    """One file's output line, kept as a hash; the text only if short."""

    __slots__ = ("digest", "length", "text")
    KEEP = 2000

    def __init__(self, line):
        self.digest = hashlib.sha256(line).hexdigest()
        self.length = len(line)
        self.text = line.decode("utf-8", "replace") if len(line) <= self.KEEP else None

    def to_json(self):
        return [self.digest, self.length, self.text]

    @classmethod
    def from_json(cls, data):
        r = cls.__new__(cls)
        r.digest, r.length, r.text = data
        return r


def run_batch(argv, files):
    """Runs argv + files once; returns (results for a prefix of files, note).

    A tool that dies or hangs gives fewer lines than files: the note says why,
    and the caller decides what the missing files get."""
    proc = subprocess.Popen(argv + files, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    timer = threading.Timer(BATCH_TIMEOUT, proc.kill)
    timer.start()
    stderr_chunks = []
    drain = threading.Thread(target=lambda: stderr_chunks.append(proc.stderr.read()))
    drain.start()
    results = []
    try:
        for line in proc.stdout:
            if len(results) == len(files):
                break  # more lines than files: the extra ones are ignored
            results.append(Result(line.rstrip(b"\n")))
        proc.stdout.close()
        status = proc.wait()
    finally:
        timer.cancel()
        drain.join()
    note = ""
    if len(results) < len(files):
        stderr = b"".join(stderr_chunks).decode("utf-8", "replace").strip()
        last = stderr.splitlines()[-3:] if stderr else []
        note = f"no output line (exit status {status}; stderr: {' | '.join(last)[:300]})"
    return results, note


def run_tool(argv, files):
    """All of files through argv, re-starting after a crash; returns {file: Result}."""
    out = {}
    pending = list(files)
    while pending:
        results, note = run_batch(argv, pending)
        for f, r in zip(pending, results):
            out[f] = r
        if len(results) < len(pending):
            # The file without a line is the one the tool died on: give it the
            # note as its line and carry on with the rest in a fresh process.
            out[pending[len(results)]] = Result(f"<{note}>".encode())
            pending = pending[len(results) + 1:]
        else:
            pending = []
    return out


def batches(files):
    batch, size = [], 0
    for f in files:
        try:
            fsize = os.path.getsize(f)
        except OSError:
            fsize = 0
        if batch and (size + fsize > BATCH_BYTES or len(batch) >= BATCH_FILES):
            yield batch
            batch, size = [], 0
        batch.append(f)
        size += fsize
    if batch:
        yield batch


# --- the reference cache ----------------------------------------------------


def file_stamp(path):
    try:
        st = os.stat(path)
        return [st.st_mtime_ns, st.st_size]
    except OSError:
        return None


def cache_path(cache_dir, flags):
    exe = os.path.realpath(sys.executable)
    key = json.dumps([exe, file_stamp(exe), flags, file_stamp(ASTDUMP)])
    name = hashlib.sha256(key.encode()).hexdigest()[:16]
    return os.path.join(cache_dir, f"astref-{name}.json")


def load_cache(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


def save_cache(path, cache):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + f".tmp{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(cache, f)
    os.replace(tmp, path)


# --- showing a difference ---------------------------------------------------


def dump_lines(text):
    """Breaks one ast.dump line into indented pieces at brackets and commas
    (outside string literals), so a line diff shows where two dumps part."""
    pieces, depth, cur, i, n = [], 0, [], 0, len(text)
    while i < n:
        c = text[i]
        if c in "'\"":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            cur.append(text[i:j + 1])
            i = j + 1
            continue
        if c == "(" and text.startswith("()", i):
            cur.append("()")  # an empty node such as Load(): one piece
            i += 2
            continue
        if c in "([":
            pieces.append("  " * depth + "".join(cur) + c)
            cur, depth = [], depth + 1
        elif c in ")]":
            if cur:
                pieces.append("  " * depth + "".join(cur))
            depth = max(depth - 1, 0)
            cur = [c]
        elif c == "," and text.startswith(", ", i):
            pieces.append("  " * depth + "".join(cur) + ",")
            cur = []
            i += 2
            continue
        else:
            cur.append(c)
        i += 1
    if cur:
        pieces.append("  " * depth + "".join(cur))
    return pieces


def show_difference(path, ref_line, subpy_line, max_lines=24):
    print(f"--- {path}")
    if ref_line is None or subpy_line is None:
        print("   (output not available)")
        return
    short = 400
    if len(ref_line) < short or len(subpy_line) < short:  # an error line: show both
        print(f"   cpython: {ref_line[:short]}")
        print(f"   subpy:   {subpy_line[:short]}")
        return
    a, b = dump_lines(ref_line), dump_lines(subpy_line)
    lo = 0
    while lo < min(len(a), len(b)) and a[lo] == b[lo]:
        lo += 1
    # The enclosing nodes of the first difference: the nearest less indented pieces.
    ancestors, indent = [], len(a[lo]) - len(a[lo].lstrip()) if lo < len(a) else 0
    for piece in reversed(a[:lo]):
        piece_indent = len(piece) - len(piece.lstrip())
        if piece_indent < indent:
            ancestors.append(piece.strip()[:60])
            indent = piece_indent
    print("   in: " + " > ".join(reversed(ancestors[:8])))
    start = max(lo - 3, 0)
    window_a, window_b = a[start:start + 60], b[start:start + 60]
    diff = list(difflib.unified_diff(window_a, window_b, "cpython", "subpy", n=3, lineterm=""))
    for line in diff[2:2 + max_lines]:
        print("   " + line[:200])
    if len(diff) > 2 + max_lines:
        print("   ...")


# --- main -------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--subpy", default=os.environ.get("SUBPY_AST", os.path.join(ROOT, "build", "subpy-ast")),
                    help="the tool under test (a .py runs under this python); default $SUBPY_AST or build/subpy-ast")
    ap.add_argument("--flags", default="-a", help="subpy-ast options, e.g. '-a -t' (default -a)")
    ap.add_argument("--lib", default=stdlib_dir(), help="the standard library directory")
    ap.add_argument("--all", action="store_true", help="every .py file of --lib")
    ap.add_argument("--files", help="a list of paths relative to --lib")
    ap.add_argument("--known-differences", help="PATH  # reason lines: differences that do not fail")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show", type=int, default=5, help="how many differences to show")
    ap.add_argument("--cache-dir", default=os.path.join(ROOT, "build", "conformance"))
    ap.add_argument("--list-different", help="write the relative paths that differ to this file")
    ap.add_argument("--make-sample", action="store_true", help="print a deterministic sample and exit")
    args = ap.parse_args()

    if args.make_sample:
        print("# The ast conformance sample run by `make test`: relative to lib/python3.13.")
        print("# Generated by `ast_compare.py --make-sample`; Lib/test's syntax-heavy files")
        print(f"# first, then every {SAMPLE_STRIDE}th file of the rest in sorted order.")
        print("\n".join(make_sample(args.lib)))
        return 0
    if args.all == bool(args.files):
        ap.error("give exactly one of --all and --files")

    rel_files = all_stdlib_files(args.lib) if args.all else read_list(args.files)
    missing = [f for f in rel_files if not os.path.exists(os.path.join(args.lib, f))]
    if missing:
        sys.exit(f"files not in {args.lib}: {', '.join(missing[:5])}")
    abs_of = {f: os.path.join(args.lib, f) for f in rel_files}
    flags = shlex.split(args.flags)
    subpy_argv = command_for(args.subpy) + flags
    ref_argv = [sys.executable, ASTDUMP] + flags
    if not os.path.exists(shlex.split(args.subpy)[0]):
        sys.exit(f"{args.subpy}: not found (build it with make, or set SUBPY_AST)")

    cpath = cache_path(args.cache_dir, flags)
    cache = load_cache(cpath)
    reference, stale = {}, []
    for f in rel_files:
        entry = cache.get(abs_of[f])
        if entry and entry[0] == file_stamp(abs_of[f]):
            reference[f] = Result.from_json(entry[1])
        else:
            stale.append(f)

    # Both sides' batches go into one pool, interleaved, so both progress together.
    tasks = [("ref", b) for b in batches([abs_of[f] for f in stale])]
    tasks += [("subpy", b) for b in batches([abs_of[f] for f in rel_files])]
    tasks.sort(key=lambda t: -sum(os.path.getsize(f) for f in t[1]))  # big batches first
    subpy = {}
    rel_of = {v: k for k, v in abs_of.items()}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(run_tool, ref_argv if side == "ref" else subpy_argv, b): side
                   for side, b in tasks}
        for fut in concurrent.futures.as_completed(futures):
            side = futures[fut]
            for f, r in fut.result().items():
                if side == "ref":
                    reference[rel_of[f]] = r
                    cache[f] = [file_stamp(f), r.to_json()]
                else:
                    subpy[rel_of[f]] = r
    if stale:
        save_cache(cpath, cache)

    different = [f for f in rel_files if reference[f].digest != subpy[f].digest]
    identical = len(rel_files) - len(different)
    known = read_known_differences(args.known_differences) if args.known_differences else {}
    new = [f for f in different if f not in known]
    now_passing = [f for f in rel_files if f in known and f not in different]
    not_in_run = [f for f in known if f not in abs_of]

    print(f"{identical} identical, {len(different)} different "
          f"({len(rel_files)} files, subpy-ast {' '.join(flags)})")
    if args.list_different:
        with open(args.list_different, "w", encoding="utf-8") as out:
            out.write("".join(f + "\n" for f in different))
    to_show = new if known else different
    if to_show:
        label = "new differences (not in the known list)" if known else "first differences"
        print(f"{label}: {len(to_show)}; showing {min(args.show, len(to_show))}")
        for f in to_show[:args.show]:
            # Long lines are cached as hashes: re-run both sides on this one file.
            ref_line, subpy_line = reference[f].text, subpy[f].text
            if ref_line is None:
                ref_line = full_line(ref_argv, abs_of[f])
            if subpy_line is None:
                subpy_line = full_line(subpy_argv, abs_of[f])
            show_difference(f, ref_line, subpy_line)
    if known:
        print(f"known differences: {len(known)} listed, {len(different) - len(new)} still differ")
        for f in now_passing:
            print(f"note: {f} is identical now: remove it from {args.known_differences}")
        for f in not_in_run:
            print(f"note: {f} is listed in {args.known_differences} but not in this run")
    return 1 if (new if known else different) else 0


def full_line(argv, path):
    proc = subprocess.run(argv + [path], capture_output=True, timeout=BATCH_TIMEOUT)
    lines = proc.stdout.decode("utf-8", "replace").split("\n")
    return lines[0] if lines and lines[0] else None


if __name__ == "__main__":
    sys.exit(main())
