for src in ["return 5", "x = 1\nbreak", "def f():\n    nonlocal q", "yield 1", "a = (1,\n 2)\nawait x", "f(x for x in y, 1)", "x := 1", "del f()"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(e.msg), repr(e.text), e.lineno, e.offset)
    try:
        compile(src, "fake.py", "exec")
    except SyntaxError as e:
        print(' ', repr(e.text), e.lineno, e.offset)
