src = """
def inner(x):
    return x.missing
inner(5)
"""
try:
    exec(src)
except AttributeError as e:
    print("caught", e)
try:
    exec("x = (")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text), e.filename)
try:
    eval("1 if")
except SyntaxError as e:
    print(e)
exec(compile(src, "generated.py", "exec"))
