"""Reference AST dumper: CPython 3.13's side of the subpy-ast comparison.

Run it under python3.13. It takes the command line of build/subpy-ast (issue 3,
item 4) and prints, for each FILE, one line: what

    print(ast.dump(ast.parse(open(f, 'rb').read(), f, MODE, type_comments=T),
                   include_attributes=A))

prints, or one error line where that raises:

    TYPE: MSG (FILE, line L, column C)   SyntaxError and its subclasses
    TYPE: MSG                            any other exception
    OSError: MSG (FILE)                  FILE cannot be read

Exit status: 0 if every file parsed, 1 if any raised, 2 for usage or I/O errors.
Because it speaks the same CLI, the conformance harness can also run it in
place of subpy-ast to test itself.
"""

import ast
import sys
import warnings

USAGE = "usage: astdump.py [-m exec|eval|single|func_type] [-a] [-t] FILE..."
MODES = ("exec", "eval", "single", "func_type")


def parse_args(argv):
    """Options come before files, as in subpy-ast; returns (mode, attrs, tc, files)."""
    mode, include_attributes, type_comments = "exec", False, False
    i = 0
    while i < len(argv) and argv[i].startswith("-") and argv[i] != "-":
        arg = argv[i]
        if arg == "--":
            i += 1
            break
        if arg == "-a":
            include_attributes = True
        elif arg == "-t":
            type_comments = True
        elif arg == "-m" and i + 1 < len(argv) and argv[i + 1] in MODES:
            mode = argv[i + 1]
            i += 1
        else:
            raise ValueError(f"bad option {arg!r}")
        i += 1
    files = argv[i:]
    if not files:
        raise ValueError("no FILE given")
    return mode, include_attributes, type_comments, files


def dump_line(path, mode, include_attributes, type_comments):
    """Returns (line, status) for one file; status as the exit status would count it."""
    try:
        with open(path, "rb") as f:
            source = f.read()
    except OSError as e:
        return f"OSError: {e.strerror} ({path})", 2
    try:
        tree = ast.parse(source, path, mode, type_comments=type_comments)
        return ast.dump(tree, include_attributes=include_attributes), 0
    except SyntaxError as e:
        name = type(e).__name__
        return f"{name}: {e.msg} ({path}, line {e.lineno}, column {e.offset})", 1
    except Exception as e:  # MemoryError, RecursionError, ValueError...
        return f"{type(e).__name__}: {e}", 1


def main(argv):
    try:
        mode, include_attributes, type_comments, files = parse_args(argv)
    except ValueError as e:
        print(f"astdump.py: {e}\n{USAGE}", file=sys.stderr)
        return 2
    # SyntaxWarnings (invalid escapes...) go to stderr under CPython; they are
    # not part of the output compared, so keep stderr for real problems.
    warnings.simplefilter("ignore")
    out = open(sys.stdout.fileno(), "w", encoding="utf-8", closefd=False)
    status = 0
    for path in files:
        line, file_status = dump_line(path, mode, include_attributes, type_comments)
        out.write(line + "\n")
        if file_status == 2:
            print(f"astdump.py: cannot read {path}", file=sys.stderr)
        status = max(status, file_status)
    out.flush()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
