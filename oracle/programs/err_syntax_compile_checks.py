# Compile-time SyntaxErrors raised by the compiler (not the parser),
# checked through compile(): message, line and columns.
sources = [
    "__debug__ = 1",
    "del __debug__",
    "def f(a, __debug__=2): pass",
    "class __debug__: pass",
    "x.__debug__ = 1",
    "f(a, __debug__=1)",
    "import os.path as __debug__",
    "__debug__ += 1",
    "def f[T, __debug__](): pass",
    "class C:\n    __debug__: int",
    "match x:\n    case {'a': __debug__}: pass",
    "(__debug__ := 1)",
    "lambda a, *__debug__: 1",
    "f(a=1, __debug__=2, a=3)",
    "f(a=1, b=2, a=3)",
    "class C(x=1, x=2): pass",
    "a = *b",
    "*a = [1]",
    "print(*a for a in b)" if False else "[*a] = 1, *b",
    "from __future__ import nope",
    "from __future__ import braces",
    "x = 1\nfrom __future__ import annotations",
    "def f():\n    x = [await y for y in z]",
    "def f():\n    await x",
    "await x",
    "class C:\n    yield 1",
    "return 5",
    "break",
    "for i in x:\n    def g():\n        continue",
    "def f():\n    global x\n    x = 1\n    global x",
    "def f(a):\n    global a",
    "def f():\n    nonlocal q",
    "nonlocal q",
    "try:\n    pass\nexcept* E:\n    break",
    "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass",
    "match x:\n    case a:\n        pass\n    case b:\n        pass",
    "match x:\n    case [a, a]: pass",
    "match x:\n    case {'k': 1, 'k': 2}: pass",
    "async def f():\n    yield from x",
    "def f():\n    yield\n    [x async for x in y]",
]
for src in sources:
    try:
        compile(src, "<checks>", "exec")
    except SyntaxError as e:
        print(f"{src!r}: {e.msg} @ {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")
    else:
        print(f"{src!r}: compiled")
