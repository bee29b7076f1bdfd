"""Expected errors for the scanner's error tests, from CPython 3.13.

    python3.13 errors_oracle.py errors_cases.txt > errors_cases.golden

Cases are separated by lines "#### name". A case whose name starts with
"esc:" holds its source as an escaped string (\\xNN, \\n, \\t, \\\\, \\0)
so it can carry any bytes; one starting with "eval:" is parsed in eval
mode (no final newline is added). For each case one line:
name TAB type TAB msg TAB lineno TAB offset TAB end_lineno TAB end_offset
from ast.parse(source_bytes) ("OK" when it parses).
"""
import ast, sys, warnings

def cases(path):
    data = open(path, "rb").read().decode("utf-8")
    name, buf = None, []
    for line in data.split("\n"):
        if line.startswith("#### "):
            if name is not None:
                yield name, "\n".join(buf)
            name, buf = line[5:].strip(), []
        else:
            buf.append(line)
    if name is not None:
        yield name, "\n".join(buf)

def unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            if n == "x":
                out.append(int(s[i + 2:i + 4], 16)); i += 4; continue
            out += {"n": b"\n", "t": b"\t", "r": b"\r", "0": b"\0", "\\": b"\\", "f": b"\f"}[n]
            i += 2
            continue
        out += c.encode("utf-8")
        i += 1
    return bytes(out)

def main():
    sys.stdout.reconfigure(encoding="utf-8")
    warnings.simplefilter("ignore")
    for name, src in cases(sys.argv[1]):
        data = unescape(src.rstrip("\n")) if name.startswith("esc:") else src.encode("utf-8")
        mode = "eval" if name.startswith("eval:") else "exec"
        try:
            ast.parse(data, mode=mode)
            print(name, "OK", sep="\t")
        except SyntaxError as e:
            print(name, type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, sep="\t")

main()
