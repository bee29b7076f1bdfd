# Compile-time SyntaxWarnings: each printed once when the module is
# compiled, before anything runs, parser warnings first.
x = 1
print("start")
print(x is 1, x is not 'a', x is (), x is -1, 1.0 is x, x is (1, 2))
print(x is None, x is ..., x is True, x is [])
s = """first line
\d on the second line"""
raw = r"\d is fine in a raw string"
b = b"\q"
fs = f"\w{x}"
joined = "\y" "ok" "\z"
octal = "\777"
def f():
    assert (x, "message")
    return [
        (1, 2)
        (3, 4)
    ] if False else None
print(f())
if False:
    [1, 2][1.5]
    (1, 2)["a"]
    "text"[2.0]
    [i for i in range(3)]["k"]
    {1, 2}[0]
    None[0]
    5[0]
    [1]()
    {1: 2}()
    {1}()
    "s"()
    f"s"()
    1()
    None()
    (i for i in x)()
    {1: 2}[1.0]
    x[1.0]
    [1][1:2]
    [1][True]
print(len(s), raw, b, fs, joined, len(octal))
