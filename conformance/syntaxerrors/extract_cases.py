"""Builds conformance/syntaxerrors/cases.jsonl: bad inputs with CPython 3.13's errors.

Run under python3.13 (issue 3, item 6):

    python3.13 conformance/syntaxerrors/extract_cases.py > conformance/syntaxerrors/cases.jsonl

The inputs come from CPython's own tests (Lib/test/test_syntax.py's doctests and
test methods, test_grammar.py, test_exceptions.py, test_fstring.py): every
source string those files hand to compile/eval/exec through their checking
helpers, where it can be evaluated statically. The tests only supply inputs;
the expected type, msg and positions are what this python3.13 raises for the
input's UTF-8 bytes:

    level "parser"    ast.parse raises: the parser's own error
    level "compiler"  ast.parse accepts, compile() raises (symtable, codegen,
                      __future__ checks): a later issue's business

Inputs that compile without error are dropped; so are duplicates.
"""

import ast
import base64
import doctest
import json
import os
import sys
import sysconfig
import textwrap
import warnings

SOURCES = ["test_syntax.py", "test_grammar.py", "test_exceptions.py", "test_fstring.py"]

# Helpers whose first argument (after a testcase) is source code to compile.
CHECK_HELPERS = {"_check_error", "check", "ckmsg", "check_syntax_error"}
ASSERT_RAISES = {"assertRaises", "assertRaisesRegex"}
COMPILERS = {"compile": None, "eval": "eval", "exec": "exec"}
MODES = ("exec", "eval", "single", "func_type")


def callee_name(call):
    f = call.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return None


class Evaluator:
    """Evaluates an argument expression if it depends on nothing but literals,
    textwrap.dedent and names assigned such values earlier in the function."""

    def __init__(self):
        self.scopes = [{}]

    def value(self, node):
        env = {"__builtins__": {}, "dedent": textwrap.dedent, "textwrap": textwrap}
        for scope in self.scopes:
            env.update(scope)
        try:
            return eval(compile(ast.Expression(node), "<arg>", "eval"), env)
        except Exception:
            return None


def source_arg(node, ev):
    v = ev.value(node)
    return v if isinstance(v, (str, bytes)) else None


def is_source_list(v):
    return isinstance(v, (list, tuple)) and all(isinstance(x, (str, bytes)) for x in v)


def mode_arg(node, ev, default):
    v = ev.value(node) if node is not None else default
    return v if v in MODES else None


class Extractor(ast.NodeVisitor):
    def __init__(self, filename):
        self.filename = filename
        self.ev = Evaluator()
        self.found = []  # (id, source, mode)
        self.unresolved = 0
        self.raises_depth = 0  # inside `with self.assertRaises*(...)`

    def add(self, node, source, mode):
        if source is None or mode is None:
            self.unresolved += 1
            return
        self.found.append((f"{self.filename}:{node.lineno}", source, mode))

    def visit_FunctionDef(self, node):
        self.ev.scopes.append({})
        self.generic_visit(node)
        self.ev.scopes.pop()

    def visit_Assign(self, node):
        self.generic_visit(node)
        if len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            v = self.ev.value(node.value)
            if isinstance(v, (str, bytes)) or is_source_list(v):
                self.ev.scopes[-1][node.targets[0].id] = v
            else:
                self.ev.scopes[-1].pop(node.targets[0].id, None)

    def visit_For(self, node):
        # `for x in <literal values>:` around the checks: unroll it.
        values = self.ev.value(node.iter)
        if not isinstance(node.target, ast.Name) or not isinstance(values, (list, tuple, str)) \
                or not all(isinstance(v, (str, bytes, int)) for v in values):
            return self.generic_visit(node)
        for v in values:
            self.ev.scopes[-1][node.target.id] = v
            for stmt in node.body:
                self.visit(stmt)
        self.ev.scopes[-1].pop(node.target.id, None)

    def visit_With(self, node):
        raises = any(isinstance(item.context_expr, ast.Call)
                     and callee_name(item.context_expr) in ASSERT_RAISES
                     for item in node.items)
        self.raises_depth += raises
        self.generic_visit(node)
        self.raises_depth -= raises

    def visit_Call(self, node):
        self.generic_visit(node)
        name = callee_name(node)
        kw = {k.arg: k.value for k in node.keywords}
        args = node.args
        if name in CHECK_HELPERS and args:
            if isinstance(args[0], ast.Name) and args[0].id in ("self", "testcase") and len(args) > 1:
                args = args[1:]
            self.add(node, source_arg(args[0], self.ev), mode_arg(kw.get("mode"), self.ev, "exec"))
        elif name == "assertAllRaise" and len(args) == 3:
            if isinstance(args[2], (ast.List, ast.Tuple)):
                for elt in args[2].elts:
                    self.add(elt, source_arg(elt, self.ev), "eval")
            else:  # a list built in the test: a comprehension, a sum of lists
                sources = self.ev.value(args[2])
                if is_source_list(sources):
                    for source in sources:
                        self.add(node, source, "eval")
                else:
                    self.unresolved += 1
        elif name in ASSERT_RAISES and len(args) >= 3 and isinstance(args[1], ast.Name) \
                and args[1].id in COMPILERS:
            self.add_compiler_call(node, args[1].id, args[2:], kw)
        elif self.raises_depth and name in COMPILERS and isinstance(node.func, ast.Name) and args:
            self.add_compiler_call(node, name, args, kw)

    def add_compiler_call(self, node, compiler, args, kw):
        mode = COMPILERS[compiler]
        if mode is None:  # compile(source, filename, mode)
            mode_node = args[2] if len(args) > 2 else kw.get("mode")
            mode = mode_arg(mode_node, self.ev, None)
        self.add(node, source_arg(args[0], self.ev), mode)


def doctest_cases(filename, tree):
    """test_syntax.py's module docstring: doctest compiles each example in 'single' mode."""
    doc = tree.body[0]
    if not (isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant)):
        return []
    cases = []
    for ex in doctest.DocTestParser().get_examples(doc.value.value):
        if ex.exc_msg and ex.exc_msg.split(":")[0] in ("SyntaxError", "IndentationError", "TabError"):
            cases.append((f"{filename}:{doc.lineno + ex.lineno}", ex.source, "single"))
    return cases


def error_fields(err):
    if isinstance(err, SyntaxError):
        return {"type": type(err).__name__, "msg": err.msg, "lineno": err.lineno,
                "offset": err.offset, "end_lineno": err.end_lineno, "end_offset": err.end_offset}
    return {"type": type(err).__name__, "msg": str(err), "lineno": None,
            "offset": None, "end_lineno": None, "end_offset": None}


def expected(source_bytes, mode):
    """(level, fields) for what python3.13 raises, or None if it compiles."""
    try:
        ast.parse(source_bytes, "<case>", mode)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as err:
        return "parser", error_fields(err)
    if mode == "func_type":
        return None  # compile() has no func_type mode
    try:
        compile(source_bytes, "<case>", mode)
    except SyntaxError as err:
        return "compiler", error_fields(err)
    return None


def main():
    warnings.simplefilter("ignore")  # SyntaxWarnings are not errors here
    testdir = os.path.join(sysconfig.get_path("stdlib"), "test")
    seen, ids, out, stats = set(), {}, [], []
    for filename in SOURCES:
        with open(os.path.join(testdir, filename), "rb") as f:
            tree = ast.parse(f.read(), filename)
        ex = Extractor(filename)
        ex.visit(tree)
        found = doctest_cases(filename, tree) + ex.found
        kept = {"parser": 0, "compiler": 0}
        for case_id, source, mode in found:
            data = source if isinstance(source, bytes) else source.encode("utf-8", "surrogatepass")
            if (data, mode) in seen:
                continue
            seen.add((data, mode))
            result = expected(data, mode)
            if result is None:
                continue
            level, fields = result
            kept[level] += 1
            n = ids.get(case_id, 0)
            ids[case_id] = n + 1
            case = {"id": case_id if n == 0 else f"{case_id}[{n + 1}]"}
            try:
                case["source"] = data.decode("utf-8")
            except UnicodeDecodeError:
                case["source_b64"] = base64.b64encode(data).decode("ascii")
            case.update(mode=mode, level=level, **fields)
            out.append(case)
        stats.append(f"{filename}: {len(found)} inputs, {ex.unresolved} not static, "
                     f"kept {kept['parser']} parser-level + {kept['compiler']} compiler-level")
    for case in out:
        print(json.dumps(case))
    for line in stats:
        print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
