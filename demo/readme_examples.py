#!/usr/bin/env python3.13
"""Run the README's Python examples with build/subpy and compare what they print.

An example is a ```python block right after a line `<!-- interpreters example: NAME -->`; the
first ```text block after it (before the next example) holds exactly what it prints on stdout.
Each example runs as a file of its own under `--subpy`; it must exit 0, print nothing on
stderr, and print exactly the text block. A README with no such example is a failure too, so
the check cannot pass by finding nothing.

    readme_examples.py [--subpy build/subpy] [--readme README.md] [-k NAME]
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARKER = re.compile(r"^<!-- interpreters example: ([\w-]+) -->\n```python\n(.*?)^```\n(.*?)(?=^<!-- interpreters example:|\Z)",
                    re.M | re.S)
OUTPUT = re.compile(r"^```text\n(.*?)^```\n", re.M | re.S)


def examples(text):
    found = []
    for m in MARKER.finditer(text):
        name, code, rest = m.group(1), m.group(2), m.group(3)
        out = OUTPUT.search(rest)
        if out is None:
            raise SystemExit(f"README example {name}: no ```text block with its output")
        found.append((name, code, out.group(1)))
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--subpy", default=os.path.join(ROOT, "build", "subpy"))
    ap.add_argument("--readme", default=os.path.join(ROOT, "README.md"))
    ap.add_argument("-k", dest="only", action="append", default=[])
    ap.add_argument("--timeout", type=float, default=60)
    opts = ap.parse_args()
    with open(opts.readme) as f:
        found = examples(f.read())
    if opts.only:
        found = [e for e in found if e[0] in opts.only]
    if not found:
        print("readme examples: none found (expected <!-- interpreters example: NAME --> blocks)")
        return 1
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, code, expected in found:
            # A directory of its own, and a name no module has: sys.path[0] is that directory.
            where = os.path.join(tmp, name)
            os.mkdir(where)
            path = os.path.join(where, "readme_example_" + name.replace("-", "_") + ".py")
            with open(path, "w") as f:
                f.write(code)
            try:
                proc = subprocess.run([opts.subpy, path], capture_output=True, text=True,
                                      timeout=opts.timeout, stdin=subprocess.DEVNULL, cwd=where)
                status, out, err = proc.returncode, proc.stdout, proc.stderr
            except subprocess.TimeoutExpired:
                status, out, err = "timeout", "", ""
            if status == 0 and out == expected and not err:
                print(f"  ok    {name}")
                continue
            failed.append(name)
            print(f"  FAIL  {name}: exit {status}")
            if out != expected:
                print("    expected stdout:\n" + "".join("      " + l + "\n" for l in expected.splitlines()))
                print("    got stdout:\n" + "".join("      " + l + "\n" for l in out.splitlines()))
            if err:
                print("    stderr:\n" + "".join("      " + l + "\n" for l in err.splitlines()[-12:]))
    print(f"readme examples: {len(found) - len(failed)} of {len(found)} ran as the README shows"
          + (f"; failed: {' '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
