"""Token streams from CPython 3.13's tokenize module, for the scanner tests.

    python3.13 tokenize_oracle.py cases FILE     # FILE holds cases separated by lines "#### name"
    python3.13 tokenize_oracle.py files PATH...  # whole source files

Prints, per case or file, a line "== NAME" and then one JSON array per
token: [kind, text, start_line, start_col, end_line, end_col], where kind is
the exact type's name (OP tokens are reported by exact_type) and the
ENCODING token is left out. A case or file tokenize rejects prints
"!! ExceptionName" instead of its tokens. For files, a line "%% VERDICT"
first gives ast.parse's outcome: OK, or the error's type, msg, lineno,
offset, end_lineno and end_offset separated by tabs.
"""
import ast, io, json, sys, tokenize, warnings

def stream(src):
    out = []
    for t in tokenize.tokenize(io.BytesIO(src).readline):
        if t.type == tokenize.ENCODING:
            continue
        text, end = t.string, t.end[1]
        if t.type in (tokenize.NEWLINE, tokenize.NL) and text == "\r\n":
            # The scanner translates newlines as compile() does.
            text, end = "\n", end - 1
        out.append(json.dumps([tokenize.tok_name[t.exact_type], text, t.start[0], t.start[1], t.end[0], end], ensure_ascii=False))
    return out

def verdict(src):
    try:
        ast.parse(src)
        return "OK"
    except SyntaxError as e:
        return "\t".join(str(x) for x in [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]).replace("\n", "\\n")
    except Exception as e:
        return "EXC\t" + type(e).__name__

def emit(name, src, with_verdict=False):
    print("==", name)
    if with_verdict:
        print("%%", verdict(src))
    try:
        lines = stream(src)
    except Exception as e:
        print("!!", type(e).__name__)
        return
    print("\n".join(lines))

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

def main():
    sys.stdout.reconfigure(encoding="utf-8")
    warnings.simplefilter("ignore")
    if sys.argv[1] == "cases":
        for name, src in cases(sys.argv[2]):
            emit(name, src.encode("utf-8"))
    else:
        for p in sys.argv[2:]:
            emit(p, open(p, "rb").read(), with_verdict=True)

main()
