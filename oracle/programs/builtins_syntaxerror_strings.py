# SyntaxError attributes for eval/exec/compile of strings
for s in ['1 if', 'x = (\n\n', 'x = (', '(1,\n2', 'a b', '  1 +', 'a b\n', '\tx = 1\n']:
  for f in (eval, exec):
    try: f(s)
    except SyntaxError as e: print(f.__name__, repr(s), repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg)
for s in ['a\0', b'a\0']:
    for f in (lambda: compile(s, 'f', 'exec'), lambda: eval(s), lambda: exec(s)):
        try:
            f()
        except SyntaxError as e:
            print(type(e).__name__, e, e.args)
try:
    eval("1 +* 2")
except SyntaxError as e:
    print(e, e.args)
exec("x = (")
