#!/usr/bin/env python3.13
"""Regenerate the golden files of core/parser's tests from CPython 3.13.

Run from core/parser/testdata with python3.13 (go generate does it):
each chunks file (*.txt: cases separated by a line '---'; a first line
'#mode: eval' or '#flags: t' sets the mode or type comments) gets a
*.golden file with one line per case, in the format of subpy-ast:
ast.dump(..., include_attributes=True) or 'TYPE: MSG (FILE, line L, column C)'
followed by the end position, ' end L:C' (end_lineno, end_offset).
Each *.py file gets a *.py.golden with the dump of the whole file.
"""
import ast, glob, os, sys

assert sys.version_info[:3] == (3, 13, 0), sys.version

def line(src, filename, mode, tc):
    try:
        tree = ast.parse(src, filename, mode, type_comments=tc)
        return ast.dump(tree, include_attributes=True)
    except SyntaxError as e:
        return '%s: %s (%s, line %s, column %s) end %s:%s' % (type(e).__name__, e.msg, filename, e.lineno, e.offset, e.end_lineno, e.end_offset)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

def split_cases(text):
    mode, tc = 'exec', False
    lines = text.split('\n')
    while lines and lines[0].startswith('#mode:') or lines and lines[0].startswith('#flags:'):
        h = lines.pop(0)
        if h.startswith('#mode:'):
            mode = h.split(':', 1)[1].strip()
        else:
            tc = 't' in h.split(':', 1)[1]
    cases = '\n'.join(lines).split('\n---\n')
    return mode, tc, cases

def main():
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    for f in sorted(glob.glob('*.txt')):
        with open(f, encoding='utf-8') as fp:
            mode, tc, cases = split_cases(fp.read())
        out = [line(c.encode('utf-8'), '<case>', mode, tc) for c in cases]
        with open(f[:-4] + '.golden', 'w', encoding='utf-8') as fp:
            fp.write('\n'.join(out) + '\n')
    for f in sorted(glob.glob('*.py')):
        if f.startswith('gen_'):
            continue
        with open(f, 'rb') as fp:
            src = fp.read()
        tc = f.endswith('_tc.py')
        with open(f + '.golden', 'w', encoding='utf-8') as fp:
            fp.write(line(src, f, 'exec', tc) + '\n')

main()
