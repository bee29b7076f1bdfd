# A compile-stage SyntaxError of code run in another interpreter has no
# source text (CPython reads it from the file; a string has none).
import _interpreters

interp = _interpreters.create()
for src in ["return 5", "x = 1\nbreak", "def f():\n    nonlocal q", "x = (", "yield 1"]:
    info = _interpreters.exec(interp, src)
    print(info.type.__name__, repr(info.msg))
    print(info.errdisplay)
_interpreters.destroy(interp)
exec("return 5")
