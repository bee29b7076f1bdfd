"""A wider corpus for subpy-ast: every distinct string constant of Lib/test as a source file.

Run under python3.13:

    string_corpus.py [--subpy build/subpy-ast] [--modes exec,eval,single] [--show 20]
    string_corpus.py --every 10 --known-failures FILE     the sample `make test` runs

CPython's tests hold tens of thousands of string literals: code snippets, bad
code, f-string fragments, doctest text, plain prose. Fed to the parser as
whole files they exercise its error paths far beyond the curated SyntaxError
table (about half of them do not parse). Each string (its UTF-8 bytes; bytes
constants as they are) is written to a file, both subpy-ast and CPython's
astdump.py (with -a) read it, and their lines must be equal, whether a tree or
an error. Files are written and removed chunk by chunk, so the disk holds one
chunk at a time. Prints `N identical, M different`, CPython's messages that
subpy misses most often, and the first differences. A string is named by the
first 12 hex digits of its SHA-1 (and its mode). Exit status 1 if any differ;
with --known-failures, only if an unlisted one does (listed ones that match
now are reported, so the list can shrink).
"""

import argparse
import ast
import collections
import concurrent.futures
import hashlib
import json
import os
import shlex
import sys
import sysconfig
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import ast_compare  # noqa: E402  (tool runs and batches)

MAX_LEN = 4000  # longer constants are data, not code
CHUNK = 4000  # files on disk at a time
BATCH = 500  # files per process invocation


def py_files(testdir):
    for dirpath, dirnames, filenames in os.walk(testdir):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".py"):
                yield os.path.join(dirpath, name)


def string_constants(testdir, cache_dir):
    """Distinct str and bytes constants of every parseable .py file under
    testdir, as sorted bytes; cached under cache_dir, keyed by the files' stamps."""
    files = list(py_files(testdir))
    key = json.dumps([os.path.realpath(sys.executable), MAX_LEN, [(f, ast_compare.file_stamp(f)) for f in files]])
    cache = os.path.join(cache_dir, f"strings-{hashlib.sha256(key.encode()).hexdigest()[:16]}.json")
    try:
        with open(cache, encoding="utf-8") as f:
            return [s.encode("latin-1") for s in json.load(f)]
    except (OSError, ValueError):
        pass
    found = set()
    for path in files:
        try:
            with open(path, "rb") as f:
                tree = ast.parse(f.read())
        except (SyntaxError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)) \
                    and 0 < len(node.value) <= MAX_LEN:
                v = node.value
                found.add(v if isinstance(v, bytes) else v.encode("utf-8", "surrogatepass"))
    result = sorted(found, key=lambda b: (len(b), b))
    os.makedirs(cache_dir, exist_ok=True)
    with open(cache + f".tmp{os.getpid()}", "w", encoding="utf-8") as f:
        json.dump([b.decode("latin-1") for b in result], f)  # latin-1: bytes <-> str losslessly
    os.replace(cache + f".tmp{os.getpid()}", cache)
    return result


def excerpt(data, limit=120):
    text = data.decode("utf-8", "replace")
    text = text if len(text) <= limit else text[:limit] + "..."
    return text.encode("unicode_escape").decode("ascii")


def outcome_of(line):
    """A line reduced to what it says: `TYPE: MSG` without the position, or <parses>."""
    if line is None:
        return "<parses: a long tree>"
    if line.startswith(("Module(", "Expression(", "Interactive(", "FunctionType(")):
        return "<parses>"
    if line.endswith(")") and ", line " in line:
        line = line.rsplit(" (", 1)[0]
    return line[:120]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--subpy", default=os.environ.get("SUBPY_AST", os.path.join(ROOT, "build", "subpy-ast")))
    ap.add_argument("--modes", default="exec", help="comma-separated modes to try each string in")
    ap.add_argument("--flags", default="-a", help="subpy-ast options besides -m (default -a)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("--cache-dir", default=os.path.join(ROOT, "build", "conformance"))
    ap.add_argument("--every", type=int, default=1, help="take every Nth string only (a sample)")
    ap.add_argument("--known-failures", help="NAME  # reason lines: differences that do not fail")
    ap.add_argument("--list-failing", help="write NAME  # CPython's outcome lines for the differences here")
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    if not os.path.exists(shlex.split(args.subpy)[0]):
        sys.exit(f"{args.subpy}: not found (build it with make, or set SUBPY_AST)")

    testdir = os.path.join(sysconfig.get_path("stdlib"), "test")
    sources = string_constants(testdir, args.cache_dir)[::args.every]
    flags = shlex.split(args.flags)
    subpy_argv = ast_compare.command_for(args.subpy) + flags
    ref_argv = [sys.executable, ast_compare.ASTDUMP] + flags
    modes = args.modes.split(",")
    total, different = 0, []
    missed = collections.Counter()
    with tempfile.TemporaryDirectory(prefix="subpy-strings-") as tmp, \
            concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for start in range(0, len(sources), CHUNK):
            chunk = sources[start:start + CHUNK]
            paths = []
            for n, data in enumerate(chunk):
                path = os.path.join(tmp, f"s{start + n:06d}.py")
                with open(path, "wb") as f:
                    f.write(data)
                paths.append(path)
            for mode in modes:
                jobs = [(tool, paths[i:i + BATCH]) for i in range(0, len(paths), BATCH)
                        for tool in (ref_argv, subpy_argv)]
                runs = pool.map(lambda job: (job[0], ast_compare.run_tool(job[0] + ["-m", mode], job[1])), jobs)
                ref, sub = {}, {}
                for tool, results in runs:
                    (ref if tool is ref_argv else sub).update(results)
                for path, data in zip(paths, chunk):
                    total += 1
                    if ref[path].digest != sub[path].digest:
                        want = ref[path].text
                        got = sub[path].text
                        different.append((name_of(data, mode), mode, data, want, got, path))
                        missed[outcome_of(want)] += 1
            for path in paths:
                os.unlink(path)

    known = ast_compare.read_known_differences(args.known_failures) if args.known_failures else {}
    new = [d for d in different if d[0] not in known]
    print(f"{total - len(different)} identical, {len(different)} different "
          f"({len(sources)} distinct string constants of Lib/test"
          f"{f', 1 in {args.every}' if args.every > 1 else ''}, modes {','.join(modes)}, subpy-ast {args.flags})")
    if args.list_failing:
        with open(args.list_failing, "w", encoding="utf-8") as out:
            for name, _, _, want, _, _ in different:
                out.write(f"{name}  # cpython: {outcome_of(want)}\n")
    if different:
        print("CPython's outcome where subpy differs, most frequent first:")
        for msg, count in missed.most_common(15):
            print(f"  {count:5d}  {msg}")
    to_show = new if known else different
    if to_show:
        label = "new differences (not in the known list)" if known else "differences"
        print(f"{label}: {len(to_show)}; showing {min(args.show, len(to_show))}")
        for name, mode, data, want, got, path in to_show[:args.show]:
            print(f"--- {name}: {excerpt(data)}")
            for label, line in (("cpython", want), ("subpy", got)):
                line = "<long tree>" if line is None else line.replace(path, "FILE")
                print(f"   {label + ':':8} {line[:300]}")
    if known:
        print(f"known failures: {len(known)} listed, {len(different) - len(new)} still fail")
        failing = {d[0] for d in different}
        for name in known:
            if name not in failing:
                print(f"note: {name} matches now (or is no longer in the sample): "
                      f"remove it from {args.known_failures}")
    return 1 if (new if known else different) else 0


def name_of(data, mode):
    return f"{hashlib.sha1(data).hexdigest()[:12]}/{mode}"


if __name__ == "__main__":
    sys.exit(main())
