tests = [
 'center()', 'center(1,2,3)', "center('a')", "center(5,'ab')", "center(5,1)", "center(x=1)",
 'find()', 'find(1)', "find('a','x')", "find('a',1,2,3)", "count(x=1)", "find('a', None, None)",
 "index('z')", "rindex('z')", "split(1)", "split('')", "split(x=1)", "split(',', 'a')", "rsplit('')",
 "splitlines(1.5)", "splitlines(x=1)", "replace('a')", "replace(1,'a')", "replace('a','b','c')",
 "startswith(1)", "startswith((1,))", "endswith()", "expandtabs('a')", "zfill()", "zfill('a')",
 "strip(1)", "lstrip(1,2)", "partition('')", "partition(1)", "rpartition('')", "removeprefix(1)",
 "removesuffix()", "lower(1)", "upper(x=1)", "isalpha(1)", "join()", "join(1)", "join([1])", "join(['a',1])",
 "translate()", "translate(1)", "ljust()", "encode(1)", "encode('x')", "encode('utf-8','bad')",
 "count(1)", "title(1)", "casefold(1)", "format_map()", "format_map(1)", "splitlines(keepends=1,x=2)",
 "replace('a','b',count=1)", "replace('a','b',x=1)", "split(maxsplit=1.5)", "expandtabs(tabsize=2, x=1)",
]
for t in tests:
    try:
        r = eval("'abc'." + t)
        print(t, "->", repr(r))
    except Exception as e:
        print(t, "!", type(e).__name__, e)
for t in ["str.maketrans()", "str.maketrans(1)", "str.maketrans({'ab':1})", "str.maketrans('ab','c')", "str.maketrans(1,2)", "str.maketrans('a','b',1)", "str.maketrans({1:2,'a':'b'})", "'abc'.translate({97: 1.5})", "'abc'.translate({97: 0x110000})", "str.maketrans({1.5:2})"]:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "!", type(e).__name__, e)
for a in [(1,'a'), ('ab','c'), ('a', 'b', None), ({},), ({}, 'a'), ('a','b','c')]:
  try: print(str.maketrans(*a))
  except Exception as e: print(type(e).__name__, e)
