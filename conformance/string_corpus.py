"""A wider corpus for subpy-ast: every distinct string constant of Lib/test as a source file.

Run under python3.13:

    string_corpus.py [--subpy build/subpy-ast] [--modes exec,eval,single] [--show 20]

CPython's tests hold tens of thousands of string literals: code snippets, bad
code, f-string fragments, doctest text, plain prose. Fed to the parser as
whole files they exercise its error paths far beyond the curated SyntaxError
table (about half of them do not parse). Each string (its UTF-8 bytes; bytes
constants as they are) is written to a file, both subpy-ast and CPython's
astdump.py (with -a) read it, and their lines must be equal, whether a tree or
an error. Files are written and removed chunk by chunk, so the disk holds one
chunk at a time. Prints `N identical, M different`, CPython's messages that
subpy misses most often, and the first differences. Exit status 1 if any differ.
"""

import argparse
import ast
import collections
import concurrent.futures
import os
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


def string_constants(testdir):
    """Distinct str and bytes constants of every parseable .py file under testdir, as bytes."""
    found = set()
    for dirpath, dirnames, filenames in os.walk(testdir):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith(".py"):
                continue
            try:
                with open(os.path.join(dirpath, name), "rb") as f:
                    tree = ast.parse(f.read())
            except (SyntaxError, ValueError):
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)) \
                        and 0 < len(node.value) <= MAX_LEN:
                    v = node.value
                    found.add(v if isinstance(v, bytes) else v.encode("utf-8", "surrogatepass"))
    return sorted(found, key=lambda b: (len(b), b))


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
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    if not os.path.exists(ast_compare.shlex.split(args.subpy)[0]):
        sys.exit(f"{args.subpy}: not found (build it with make, or set SUBPY_AST)")

    sources = string_constants(os.path.join(sysconfig.get_path("stdlib"), "test"))
    subpy_argv = ast_compare.command_for(args.subpy) + ["-a"]
    ref_argv = [sys.executable, ast_compare.ASTDUMP, "-a"]
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
                        different.append((mode, data, want, got, path))
                        missed[outcome_of(want)] += 1
            for path in paths:
                os.unlink(path)

    print(f"{total - len(different)} identical, {len(different)} different "
          f"({len(sources)} distinct string constants of Lib/test, modes {','.join(modes)}, subpy-ast -a)")
    if different:
        print("CPython's outcome where subpy differs, most frequent first:")
        for msg, count in missed.most_common(15):
            print(f"  {count:5d}  {msg}")
        print(f"first {min(args.show, len(different))} differences:")
        for mode, data, want, got, path in different[:args.show]:
            print(f"--- -m {mode}: {excerpt(data)}")
            for label, line in (("cpython", want), ("subpy", got)):
                line = "<long tree>" if line is None else line.replace(path, "FILE")
                print(f"   {label + ':':8} {line[:300]}")
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
