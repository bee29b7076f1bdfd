#!/usr/bin/env python3
"""nmcheck.py GLOBALSAUDIT FILE.c... : the nm oracle over an unannotated corpus.

Each file gcc accepts (gcc -c -O0 -fno-pic -fno-common) is audited with
`GLOBALSAUDIT list -format json`, and the audit's variables are compared with
the data symbols nm lists (d D b B r R, weak v V, common C; a local static as name.N; gcc's
__compound_literal.N, __func__.N, __FUNCTION__.N, __PRETTY_FUNCTION__.N are
not variables of the source):
  missing   a data symbol the audit does not report (always a bug),
  section   a read-only symbol (r/R) not classified immutable, or a writable
            one classified immutable (a bug, thread-locals aside),
  binding   a global symbol without external linkage or the reverse,
  extra     a reported variable with no symbol: either gcc dropped it (a
            static of a function gcc does not emit, like an unused static
            inline one) or the audit reports something the source does not
            define; listed for review.
Prints a summary and the findings; exit 1 on missing/section/binding.
Environment: NMCHECK_JOBS (default 2), CC (default gcc), NMCHECK_CFLAGS.
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

GCC_MADE = {"__compound_literal", "__func__", "__FUNCTION__", "__PRETTY_FUNCTION__"}


def nm_symbols(obj):
    out = subprocess.run(["nm", obj], capture_output=True, text=True).stdout
    syms = collections.defaultdict(list)
    for line in out.splitlines():
        f = line.split()
        if len(f) != 3 or len(f[1]) != 1 or f[1] not in "dDbBrRvVC":
            continue
        name = re.sub(r"\.[0-9]+$", "", f[2])
        if name in GCC_MADE or name.startswith(".L"):
            continue
        syms[name].append(f[1])
    return syms


def read_deps(path):
    """The prerequisites of a gcc -MD dependency file, as absolute paths."""
    with open(path) as f:
        text = f.read().replace("\\\n", " ")
    _, _, prereqs = text.partition(": ")
    return {os.path.abspath(p.replace("\\ ", " ")) for p in re.split(r"(?<!\\) +", prereqs.strip()) if p}


def main():
    tool, files = os.path.abspath(sys.argv[1]), sys.argv[2:]
    cc = os.environ.get("CC", "gcc")
    cflags = os.environ.get("NMCHECK_CFLAGS", "").split()
    tmp = tempfile.mkdtemp(prefix="nmcheck.")
    compiled = {}
    includes = {}  # unit -> the files it includes (gcc -MD)
    for i, f in enumerate(files):
        obj = os.path.join(tmp, f"{i}.o")
        dep = os.path.join(tmp, f"{i}.d")
        r = subprocess.run([cc, "-c", "-O0", "-fno-pic", "-fno-common", "-w", "-MD", "-MF", dep, *cflags, "-o", obj, f],
                           capture_output=True)
        if r.returncode == 0:
            compiled[os.path.abspath(f)] = obj
            includes[os.path.abspath(f)] = read_deps(dep)
    units = sorted(compiled)
    r = subprocess.run([tool, "list", "-format", "json", "-j", os.environ.get("NMCHECK_JOBS", "2"), *cflags, *units],
                       capture_output=True, text=True, cwd="/")
    failed = set()
    for line in r.stderr.splitlines():
        m = re.match(r"(.*): error: translation unit not audited", line)
        if m:
            failed.add(os.path.abspath(os.path.join("/", m.group(1))))
    by_unit = collections.defaultdict(list)
    # Variables defined in an included file are reported once, under the
    # first unit that included it: another unit's symbols may match them.
    by_name = collections.defaultdict(list)
    for line in r.stdout.splitlines():
        v = json.loads(line)
        by_unit[os.path.abspath(os.path.join("/", v["unit"]))].append(v)
        by_name[v["name"]].append(v)
    findings = collections.Counter()
    report = []
    for u in units:
        if u in failed:
            continue
        syms = nm_symbols(compiled[u])
        vars_by_sym = collections.defaultdict(list)
        for v in by_unit.get(u, []):
            vars_by_sym[v["name"]].append(v)
        for name, types in syms.items():
            vs = vars_by_sym.get(name, [])
            # Only a variable of a file u includes, reported under another
            # unit, can stand for one of u's symbols: a same-named static of
            # an unrelated file cannot (that hid collapsed reports).
            elsewhere = [v for v in by_name.get(name, [])
                         if os.path.abspath(os.path.join("/", v["unit"])) != u
                         and os.path.abspath(os.path.join("/", v["file"])) in includes[u]]
            if len(vs) < len(types) and len(vs) + len(elsewhere) >= len(types):
                continue  # in a file u includes, reported under the unit that included it first
            if len(vs) < len(types):
                findings["missing"] += 1
                report.append(f"missing {u}: {name} ({''.join(types)}): {len(types)} symbol(s), {len(vs)} reported")
                continue
            ro = sum(t in "rR" for t in types)
            imm = sum(v["class"] == "immutable" for v in vs)
            if len(vs) == len(types) and ro != imm:
                findings["section"] += 1
                report.append(f"section {u}: {name} ({''.join(types)}) classes {[v['class'] for v in vs]} at {[v['line'] for v in vs]}")
            glob = sum(t.isupper() for t in types)
            ext = sum(v["linkage"] == "external" for v in vs)
            if len(vs) == len(types) and glob != ext:
                findings["binding"] += 1
                report.append(f"binding {u}: {name} ({''.join(types)}) linkages {[v['linkage'] for v in vs]}")
        for name, vs in vars_by_sym.items():
            extra = len(vs) - len(syms.get(name, []))
            if extra > 0:
                findings["extra"] += extra
                report.append(f"extra   {u}: {name} reported {len(vs)}x at lines {[v['line'] for v in vs]}, nm lists {len(syms.get(name, []))}")
    print(f"nmcheck: {len(files)} files, gcc compiled {len(units)}, audit parsed {len(units) - len(failed)} "
          f"({100 * (len(units) - len(failed)) / max(len(units), 1):.1f}%), findings {dict(findings)}")
    for u in sorted(failed):
        print(f"not audited {u}")
    for line in report:
        print(line)
    return 1 if findings["missing"] or findings["section"] or findings["binding"] else 0


if __name__ == "__main__":
    sys.exit(main())
