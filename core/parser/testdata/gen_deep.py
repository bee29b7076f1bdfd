#!/usr/bin/env python3.13
"""Writes deep.jsonl and deep.golden for core/parser's TestDeep: sources
nested to CPython 3.13's limits (the parser's MAXSTACK MemoryError, the
tokenizer's bracket limit, ast2obj's and ast.dump's RecursionError), each
just below and just above the limit.

deep.jsonl holds one case per line: [name, [[text, count], ...]] (the source
is the concatenation of each text repeated count times). deep.golden holds
the expected subpy-ast line (include_attributes=True), or OK for a tree
(its dump is not stored: the trees are huge). The dump is called three
frames below <module> (main -> line -> ast.dump), as in
conformance/astdump.py, since ast.dump's RecursionError depends on it."""
import ast, json, os, sys

assert sys.version_info[:3] == (3, 13, 0), sys.version

def cases():
    def c(name, *parts):
        yield [name, [list(p) for p in parts]]
    for n in (5969, 5970):
        yield from c('unary-%d' % n, ('-', n), ('x', 1))
        yield from c('invert-%d' % n, ('~', n), ('x', 1))
        yield from c('not-%d' % n, ('not ', n), ('x', 1))
        yield from c('ifexp-%d' % n, ('x if y else ', n), ('z', 1))
    for n in (2984, 2985):
        yield from c('lambda-%d' % n, ('lambda: ', n), ('x', 1))
        yield from c('power-%d' % n, ('2 ** ', n), ('x', 1))
    for n in (5965, 5966, 329, 330):
        yield from c('elif-%d' % n, ('if x: pass\n', 1), ('elif x: pass\n', n))
    for n in (9995, 9996, 991, 992):
        yield from c('binop-%d' % n, ('x+', n - 1), ('x', 1))
    for n in (9994, 9995, 990, 991):
        yield from c('calls-%d' % n, ('f', 1), ('()', n))
        yield from c('attrs-%d' % n, ('x', 1), ('.a', n))
        yield from c('subscripts-%d' % n, ('x', 1), ('[0]', n))
    for n in (200, 201):
        yield from c('parens-%d' % n, ('(', n), ('x', 1), (')', n))
        yield from c('lists-%d' % n, ('[', n), (']', n))
        yield from c('callnest-%d' % n, ('f(', n), (')', n))
        yield from c('tuples-%d' % n, ('(1,', n), (')', n))
        yield from c('dicts-%d' % n, ('{1:', n), ('1', 1), ('}', n))
        yield from c('negparens-%d' % n, ('-(', n), ('x', 1), (')', n))
        yield from c('neglists-%d' % n, ('-[', n), (']', n))
    for n in (149, 150):
        yield from c('fstrings-%d' % n, ('f"{', n), ('x', 1), ('}"', n))
    for n in (99, 100):
        yield from c('blocks-%d' % n, *[(' ' * i + 'if x:\n', 1) for i in range(n)], (' ' * n + 'pass\n', 1))
    contexts = [('y = ', '', 5967), ('(', ')', 5960), ('[', ']', 5959), ('f(', ')', 5964),
                ('def f():\n    return ', '\n', 5961), ('if x:\n    ', '\n', 5963),
                ('[[', ']]', 5930), ('f(f(', '))', 5940), ('((', '))', 5959), ('(((', ')))', 5931),
                ('y + (', ')', 5941), ('f"{', '}"', 5955), ('a[', ']', 5964), ('y < ', '', 5966),
                ('y and ', '', 5967), ('if ', ': pass\n', 5970), ('assert ', '', 5970),
                ('x += ', '', 5967), ('[', ' for x in y]', 5959), ('x = [', ']', 5956),
                ('x = f(a, [', '])', 5928), ('x = (1, [', '])', 5926), ('def f():\n    x = [', ']\n', 5949),
                ('x = a.b(', ').c', 5961), ('assert x, (', ')', 5941), ('x = y = z = [', ']', 5956),
                ('x = {"a": (', ')}', 5928), ('x = y[1:(', ')]', 5933), ('print(f"{(', ')}")', 5903)]
    for i, (pre, post, t) in enumerate(contexts):
        for n in (t, t + 1):
            yield from c('context%d-%d' % (i, n), (pre, 1), ('-', n), ('x', 1), (post, 1))

def source(parts):
    return ''.join(text * count for text, count in parts)

def line(src):
    try:
        tree = ast.parse(src.encode(), '<deep>', 'exec')
        ast.dump(tree, include_attributes=True)
        return 'OK'
    except SyntaxError as e:
        return '%s: %s (%s, line %s, column %s)' % (type(e).__name__, e.msg, '<deep>', e.lineno, e.offset)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

def main():
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    all_cases = list(cases())
    with open('deep.jsonl', 'w') as f:
        for case in all_cases:
            f.write(json.dumps(case) + '\n')
    with open('deep.golden', 'w') as f:
        for name, parts in all_cases:
            f.write(line(source(parts)) + '\n')

main()
