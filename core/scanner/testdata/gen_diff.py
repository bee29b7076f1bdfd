"""Differential cases for the scanner: mutated sources and CPython's verdict.

    python3.13 gen_diff.py N SEED OUT [KEEP]

Mutates snippets (the other testdata cases and slices of the standard
library's top-level modules) N times, runs ast.parse on each under
python3.13 (in eval mode for about one case in seven, else exec) and
writes, per case, a line "#### MODE:NUMBER<TAB>VERDICT" (VERDICT is
OK or type, msg, lineno, offset, end_lineno, end_offset separated by tabs)
and a line with the source bytes as a JSON string (one character per byte).
With KEEP, only KEEP cases are written, favouring the ones whose error is
the tokenizer's. The committed diff_cases.txt is
    python3.13 gen_diff.py 40000 1 diff_cases.txt 2500
"""
import ast, json, random, sys, warnings, os, glob
warnings.simplefilter("ignore")
random.seed(int(sys.argv[2]))
N = int(sys.argv[1])
KEEP = int(sys.argv[4]) if len(sys.argv) > 4 else None
here = os.path.dirname(os.path.abspath(__file__))
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
seeds = []
for f in ["tokenize_cases.txt", "errors_cases.txt", "literal_cases.txt"]:
    for n, s in cases(os.path.join(here, f)):
        if not n.startswith("esc:") and len(s) < 400:
            seeds.append(s)
lib = os.path.dirname(os.__file__) + "/"
for f in sorted(glob.glob(lib + "*.py"))[:80]:
    src = open(f, encoding="utf-8", errors="replace").read()
    lines = src.split("\n")
    for _ in range(3):
        i = random.randrange(len(lines))
        seeds.append("\n".join(lines[i:i + random.randint(1, 8)])[:400])
alphabet = list("'\"()[]{}\\\t\n #0123456789abcxfrbj_.eE+-=:!") + ["é", "€", "\xa0", "\u200b", "\x01", "\f", "\r", "'''", '"""', "f'", 'f"', "0x", "0o", "0b", "1_", "{{", "}}", "\\N{", "\\x", "\\u"]
def mutate(s):
    for _ in range(random.randint(1, 3)):
        op = random.random()
        i = random.randint(0, len(s))
        if op < 0.4:
            s = s[:i] + random.choice(alphabet) + s[i:]
        elif op < 0.7 and s:
            j = min(len(s), i + random.randint(1, 3))
            s = s[:i] + s[j:]
        elif op < 0.85:
            lines = s.split("\n")
            k = random.randrange(len(lines))
            lines[k] = random.choice(["", " ", "  ", "\t", "    ", "        "]) + lines[k].lstrip()
            s = "\n".join(lines)
        else:
            s = s[:i] + s[i:][::-1][:2] + s[i + 2:]
    return s
TOKENIZER = ("unterminated ", "unindent does not match", "inconsistent use of tabs",
    "invalid character", "invalid non-printable", "invalid decimal literal",
    "invalid hexadecimal literal", "invalid octal literal", "invalid binary literal",
    "invalid digit", "invalid imaginary literal", "leading zeros", "unmatched '",
    "closing parenthesis", "too many nested", "unexpected character after line continuation",
    "unexpected EOF", "f-string: single '}'", "f-string: unmatched", "f-string: expressions nested too deeply",
    "too many levels of indentation", "(unicode error)", "(value error)", "bytes can only contain")
results = []
for k in range(N):
    src = mutate(random.choice(seeds))
    data = src.encode("utf-8")
    mode = "eval" if random.random() < 0.15 else "exec"
    try:
        ast.parse(data, mode=mode)
        res = "OK"
    except SyntaxError as e:
        res = "\t".join(str(x) for x in [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset])
    except Exception as e:
        res = "EXC\t" + type(e).__name__
    results.append(("%s:%d" % (mode, k), res.replace("\n", "\\n"), data))
if KEEP is not None:
    tok = [r for r in results if any(r[1].split("\t")[1].startswith(p) for p in TOKENIZER if "\t" in r[1])]
    ok = [r for r in results if r[1] == "OK"]
    seen = {id(r) for r in tok + ok}
    other = [r for r in results if id(r) not in seen]
    keep = {id(r) for r in tok[:KEEP * 6 // 10] + ok[:KEEP * 3 // 10] + other[:KEEP // 10]}
    results = [r for r in results if id(r) in keep]
out = open(sys.argv[3], "w", encoding="utf-8")
for k, res, data in results:
    out.write("#### %s\t%s\n" % (k, res))
    out.write(json.dumps(data.decode("latin-1")) + "\n")
