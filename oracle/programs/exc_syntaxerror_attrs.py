# SyntaxError's attributes and str, and how an uncaught one is printed.
e = SyntaxError("bad thing", ("prog.py", 3, 5, "x = (1 +\n", 3, 8))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(e.print_file_and_line, e.args)
print(str(e), "|", str(SyntaxError("m", ("/a/b/c.py", 7, 1, "t"))))
print(str(SyntaxError("m", (None, 7, 1, "t"))), "|", str(SyntaxError("m", ("f.py", None, 1, "t"))))
print(repr(str(SyntaxError())), str(SyntaxError("only")), SyntaxError("only").lineno)
try:
    SyntaxError("m", (1, 2))
except TypeError as ex:
    print("TypeError", ex)
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
i = IndentationError("unexpected indent", ("m.py", 2, 4, "    y = 2\n", 2, 5))
print(type(i).__name__, str(i), i.text.strip())
try:
    exec("x = = 1")
except SyntaxError as ex:
    print(type(ex).__name__, ex.msg, ex.lineno, ex.offset)
raise SyntaxError("custom problem", ("shown.py", 4, 9, "    value = (a +* b)\n", 4, 11))
