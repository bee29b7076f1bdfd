"""A deliberately wrong subpy-ast for testing the harness: astdump.py's output
with the first line number of each line off by one (a line without one gets
a suffix). The harness must report every file it sees as different."""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import astdump  # noqa: E402

FIRST_LINE_NUMBER = re.compile(r"(lineno=|, line )(\d+)")


def shift(line):
    shifted, n = FIRST_LINE_NUMBER.subn(lambda m: m.group(1) + str(int(m.group(2)) + 1), line, count=1)
    return shifted if n else line + " (shifted)"


def main(argv):
    mode, include_attributes, type_comments, files = astdump.parse_args(argv)
    for path in files:
        line, _ = astdump.dump_line(path, mode, include_attributes, type_comments)
        print(shift(line))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
