"""Error-message conformance: cases.jsonl through subpy-ast (issue 3, item 6).

Run under python3.13:

    run_cases.py [--subpy build/subpy-ast] [--known-failures FILE]

Each parser-level case (ast.parse raises under CPython 3.13) is written to its
own file in a temporary directory; subpy-ast reads many of them per
invocation, with -m for the case's mode, and must print exactly the line
CPython's error gives in subpy-ast's format:

    TYPE: MSG (FILE, line L, column C)      SyntaxError and its subclasses
    TYPE: MSG                               anything else

Prints `X/Y match exactly` and the mismatches. Compiler-level cases (only
compile() raises: symtable and codegen errors, a later issue's) must parse:
subpy-ast must print the tree CPython's astdump.py prints for them.
Without --known-failures any mismatch fails; with it, only unlisted ones do,
and listed cases that now match are reported so the list can shrink.
"""

import argparse
import base64
import concurrent.futures
import json
import os
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
import ast_compare  # noqa: E402  (conformance/ast_compare.py: batches, tool runs, lists)

SYNTAX_ERRORS = ("SyntaxError", "IndentationError", "TabError")
BATCH = 150  # cases per subpy-ast invocation


def load_cases(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def case_bytes(case):
    if "source_b64" in case:
        return base64.b64decode(case["source_b64"])
    return case["source"].encode("utf-8")


def expected_line(case, path):
    if case["type"] in SYNTAX_ERRORS:
        return f"{case['type']}: {case['msg']} ({path}, line {case['lineno']}, column {case['offset']})"
    return f"{case['type']}: {case['msg']}"


def excerpt(text, limit=160):
    text = text if len(text) <= limit else text[:limit] + "..."
    return text.encode("unicode_escape").decode("ascii") if "\n" in text else text


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--subpy", default=os.environ.get("SUBPY_AST", os.path.join(ROOT, "build", "subpy-ast")))
    ap.add_argument("--cases", default=os.path.join(HERE, "cases.jsonl"))
    ap.add_argument("--known-failures", help="ID  # reason lines: mismatches that do not fail")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show", type=int, default=20, help="how many mismatches to show")
    ap.add_argument("--end-positions", action="store_true",
                    help="also compare end_lineno/end_offset, through positions.go (core/parser in-process)")
    ap.add_argument("--go", default="go")
    ap.add_argument("--list-failing", help="write the ids of mismatching cases to this file")
    args = ap.parse_args()
    if not os.path.exists(shlex.split(args.subpy)[0]):
        sys.exit(f"{args.subpy}: not found (build it with make, or set SUBPY_AST)")

    cases = load_cases(args.cases)
    checked = [c for c in cases if c["level"] == "parser"]
    compiler_level = [c for c in cases if c["level"] == "compiler"]
    argv = ast_compare.command_for(args.subpy) + ["-a"]  # -a: positions in the trees too
    reference_argv = [sys.executable, ast_compare.ASTDUMP, "-a"]

    with tempfile.TemporaryDirectory(prefix="subpy-syntaxerrors-") as tmp:
        path_of = {}
        for n, case in enumerate(cases):
            path = os.path.join(tmp, f"case{n:04d}.py")
            with open(path, "wb") as f:
                f.write(case_bytes(case))
            path_of[case["id"]] = path
        # subpy-ast sees every case; CPython's dumper only the compiler-level
        # ones, which ast.parse accepts: subpy-ast must print the same tree.
        jobs = []
        for tool, group in ((argv, cases), (reference_argv, compiler_level)):
            by_mode = {}
            for case in group:
                by_mode.setdefault(case["mode"], []).append(path_of[case["id"]])
            jobs += [(tool, mode, paths[i:i + BATCH]) for mode, paths in by_mode.items()
                     for i in range(0, len(paths), BATCH)]
        got, reference = {}, {}
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            runs = pool.map(lambda job: ast_compare.run_tool(job[0] + ["-m", job[1]], job[2]), jobs)
            for job, results in zip(jobs, runs):
                (got if job[0] is argv else reference).update(results)

    failing = []
    for case in cases:
        path = path_of[case["id"]]
        result = got[path]
        if case["level"] == "parser":
            want = expected_line(case, path)
            ok = result.text == want
        else:
            want = reference[path].text or f"<{reference[path].length}-byte line>"
            ok = result.digest == reference[path].digest
        if not ok:
            line = result.text if result.text is not None else f"<{result.length}-byte line>"
            failing.append((case, want.replace(path, "FILE"), line.replace(path, "FILE")))

    known = ast_compare.read_known_differences(args.known_failures) if args.known_failures else {}
    failing_ids = {case["id"] for case, _, _ in failing}
    new = [f for f in failing if f[0]["id"] not in known]
    parser_failing = sum(case["level"] == "parser" for case, _, _ in failing)
    compiler_failing = len(failing) - parser_failing
    print(f"{len(checked) - parser_failing}/{len(checked)} match exactly (parser-level cases: ast.parse raises)")
    print(f"{len(compiler_level) - compiler_failing}/{len(compiler_level)} compiler-level cases "
          f"(only compile() raises) give CPython's AST")
    if args.list_failing:
        with open(args.list_failing, "w", encoding="utf-8") as out:
            out.write("".join(case["id"] + "\n" for case, _, _ in failing))
    to_show = new if known else failing
    if to_show:
        label = "new mismatches (not in the known list)" if known else "mismatches"
        print(f"{label}: {len(to_show)}; showing {min(args.show, len(to_show))}")
        for case, want, line in to_show[:args.show]:
            source = case.get("source", "<bytes>")
            print(f"--- {case['id']} ({case['level']}-level, -m {case['mode']}): {excerpt(source)}")
            print(f"   cpython: {excerpt(want, 300)}")
            print(f"   subpy:   {excerpt(line, 300)}")
    if known:
        print(f"known failures: {len(known)} listed, {len(failing) - len(new)} still fail")
        ids = {c["id"] for c in cases}
        for case_id in known:
            if case_id not in ids:
                print(f"note: {case_id} is listed in {args.known_failures} but is no case")
            elif case_id not in failing_ids:
                print(f"note: {case_id} matches now: remove it from {args.known_failures}")
    if args.end_positions:
        end_positions(args, checked)
    return 1 if (new if known else failing) else 0


FIELDS = ("type", "msg", "lineno", "offset", "end_lineno", "end_offset")


def end_positions(args, checked):
    """Reports how many cases match in all six fields, end positions included:
    subpy-ast's line has no room for those, so positions.go (or the command in
    $SUBPY_POSITIONS) parses the cases in-process and prints them as JSON."""
    cmd = os.environ.get("SUBPY_POSITIONS")
    argv = shlex.split(cmd) if cmd else [args.go, "run", os.path.join(HERE, "positions.go")]
    with open(args.cases, "rb") as cases_file:
        proc = subprocess.run(argv, stdin=cases_file, capture_output=True, cwd=ROOT)
    if proc.returncode != 0:
        print(f"end positions: {' '.join(argv)} failed (status {proc.returncode}): "
              f"{proc.stderr.decode('utf-8', 'replace').strip()[-500:]}")
        return
    got = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        o = json.loads(line)
        got[o["id"]] = o
    mismatches = []
    for case in checked:
        o = got.get(case["id"], {})
        differing = [k for k in FIELDS if o.get(k) != case[k]]
        if differing:
            mismatches.append((case, o, differing))
    print(f"{len(checked) - len(mismatches)}/{len(checked)} match in all of {', '.join(FIELDS)} "
          f"(core/parser in-process)")
    for case, o, differing in mismatches[:args.show]:
        want = ", ".join(f"{k}={case[k]!r}" for k in differing)
        have = ", ".join(f"{k}={o.get(k)!r}" for k in differing)
        print(f"--- {case['id']}: cpython {excerpt(want, 200)}; subpy {excerpt(have, 200)}")


if __name__ == "__main__":
    sys.exit(main())
