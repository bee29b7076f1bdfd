"""Dump CPython 3.13's symbol tables the way core/symtable's tests print theirs.

Usage (python3.13 only):
  symdump.py --update            regenerate testdata/cases/*.golden and errors.golden
                                 (cases/NAME.py in "exec" mode, NAME.eval in "eval",
                                 NAME.single in "single")
  symdump.py --dump FILE...      print the dump of each FILE (a "=== path" line before each)

The dump lists every table (depth-first, children in the symtable module's
order) with its type, name, lineno, is_nested, is_optimized, varnames, the
function tables' get_parameters/get_locals/get_globals/get_nonlocals/get_frees,
and every symbol with its raw flags and the Symbol predicates. Symbols come in
the table's dict order, except the trailing run of symbols with no flags (free
variables passing through on their way to a child), which CPython adds in set
order: they are sorted by name.
"""
import ast
import os
import sys
import symtable

if sys.version_info[:2] != (3, 13):
    sys.exit("symdump.py must run under python3.13 (the oracle)")

HERE = os.path.dirname(os.path.abspath(__file__))


def ordered_idents(t):
    idents = list(t._table.symbols)
    n = len(idents)
    while n > 0 and t._table.symbols[idents[n - 1]] & 0xFFF == 0:
        n -= 1
    return idents[:n] + sorted(idents[n:])


def preds(sym):
    out = []
    for letter, pred in (("r", sym.is_referenced), ("i", sym.is_imported),
                         ("p", sym.is_parameter), ("g", sym.is_global),
                         ("n", sym.is_nonlocal), ("d", sym.is_declared_global),
                         ("l", sym.is_local), ("a", sym.is_annotated),
                         ("f", sym.is_free), ("s", sym.is_assigned),
                         ("N", sym.is_namespace)):
        out.append(letter if pred() else "-")
    return "".join(out)


CODE_NAMES = {"lambda": "<lambda>", "genexpr": "<genexpr>", "listcomp": "<listcomp>",
              "setcomp": "<setcomp>", "dictcomp": "<dictcomp>"}


class Code:
    """The code objects compile() makes for the source, found by (name,
    first line): what the symtable's per-scope facts turn into."""

    def __init__(self, src, filename, mode):
        self.by_key = {}
        code = compile(src, filename, mode, dont_inherit=True)
        self._walk(code)
        # co_firstlineno of a decorated def or class is its first decorator's line.
        self.first_line = {}
        for node in ast.walk(ast.parse(src, mode=mode)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                if node.decorator_list:
                    self.first_line[node.lineno] = min(d.lineno for d in node.decorator_list)

    def _walk(self, code):
        self.by_key.setdefault((code.co_name, code.co_firstlineno), []).append(code)
        for c in code.co_consts:
            if hasattr(c, "co_code"):
                self._walk(c)

    def line(self, t):
        """The code facts of a function or class table, or None."""
        kind = t.get_type()
        if kind not in ("function", "class"):
            return None
        name = CODE_NAMES.get(t.get_name(), t.get_name())
        lineno = self.first_line.get(t.get_lineno(), t.get_lineno())
        codes = self.by_key.get((name, lineno), [])
        if len(codes) != 1:
            return "?"
        co = codes[0]
        if kind == "class":
            return (f"classcell={int('__class__' in co.co_cellvars)} "
                    f"classdictcell={int('__classdict__' in co.co_cellvars)}")
        f = co.co_flags
        return (f"generator={int(bool(f & 0x220))} coroutine={int(bool(f & 0x280))} "
                f"varargs={int(bool(f & 0x4))} varkw={int(bool(f & 0x8))}")


def dump_table(t, out, code, depth=0):
    ind = "  " * depth
    out.append(f"{ind}table {t.get_type()} {t.get_name()!r} line={t.get_lineno()} "
               f"nested={int(t.is_nested())} optimized={int(t.is_optimized())} "
               f"children={len(t.get_children())}")
    facts = code.line(t)
    if facts is not None:
        out.append(f"{ind}  code {facts}")
    out.append(f"{ind}  varnames {list(t._table.varnames)!r}")
    if t.get_type() == "function":
        for what in ("parameters", "locals", "globals", "nonlocals", "frees"):
            vals = getattr(t, "get_" + what)()
            order = {n: i for i, n in enumerate(ordered_idents(t))}
            out.append(f"{ind}  {what} {sorted(vals, key=order.get)!r}")
    for ident in ordered_idents(t):
        sym = t.lookup(ident)
        out.append(f"{ind}  sym {ident!r} {t._table.symbols[ident]} {preds(sym)}")
    for c in t.get_children():
        dump_table(c, out, code, depth + 1)


def dump_source(src, filename, mode="exec"):
    top = symtable.symtable(src, filename, mode)
    out = []
    dump_table(top, out, Code(src, filename, mode))
    return "\n".join(out) + "\n"


def error_cases(path):
    """errors.txt: cases separated by lines '### name'."""
    cases, name, lines = [], None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("### "):
                if name is not None:
                    cases.append((name, "".join(lines)))
                name, lines = line[4:].strip(), []
            else:
                lines.append(line)
    if name is not None:
        cases.append((name, "".join(lines)))
    return cases


def update():
    cdir = os.path.join(HERE, "cases")
    modes = {".py": "exec", ".eval": "eval", ".single": "single"}
    for fn in sorted(os.listdir(cdir)):
        base, ext = os.path.splitext(fn)
        if ext not in modes:
            continue
        with open(os.path.join(cdir, fn), "rb") as f:
            src = f.read()
        with open(os.path.join(cdir, base + ".golden"), "w", encoding="utf-8") as f:
            f.write(dump_source(src, fn, modes[ext]))
    out = []
    for name, src in error_cases(os.path.join(HERE, "errors.txt")):
        try:
            symtable.symtable(src, "<test>", "exec")
        except SyntaxError as e:
            out.append(f"### {name}\n{e.msg}\n{e.lineno} {e.offset} {e.end_lineno} {e.end_offset}\n")
            continue
        sys.exit(f"errors.txt case {name!r}: the symtable raises no SyntaxError")
    with open(os.path.join(HERE, "errors.golden"), "w", encoding="utf-8") as f:
        f.write("".join(out))


def main():
    if sys.argv[1:] == ["--update"]:
        update()
    elif sys.argv[1:2] == ["--dump"]:
        for path in sys.argv[2:]:
            with open(path, "rb") as f:
                src = f.read()
            sys.stdout.write(f"=== {path}\n")
            try:
                sys.stdout.write(dump_source(src, path))
            except SyntaxError as e:
                sys.stdout.write(f"error {e.msg}\n")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
