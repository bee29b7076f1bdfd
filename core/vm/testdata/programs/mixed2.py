nums = list(range(10))
nums[2:5] = ["a", "b"]
del nums[0]
del nums[-2:]
print(nums, nums[::3], nums[-3:], nums[:100], nums[5:2])
print("a,b,,c".split(","), "a b  c".split(" "), "k=v=w".split("=", 1), "x".split(","), "  lead".split())
print(", ".join(map(str, [1, 2, 3])), sorted(["ccc", "a", "bb"], key=len), max("apple", "fig", key=len))
total = 0
def add(n):
    global total
    total += n
    return total
for k in range(5):
    add(k)
print(total)
print((1, 2) < (1, 3), (2,) > (1, 9), [1, [2]] == [1, [2]], "abc" * 0, [0] * 0)
try:
    d = {1: 2}
    for k in d:
        d[k + 1] = 0
except RuntimeError as e:
    print(e)
def gen_fail():
    yield 1
    raise ValueError("in gen")
try:
    for v in gen_fail():
        print("got", v)
except ValueError as e:
    print("gen error:", e)
x = 10
while x > 0:
    x -= 3
else:
    print("while-else", x)
print(int("0x1f", 16), int("0b101", 0), int("  12  "), float(" 2.5 "), str(-0.0), 7 // -2, -7 % 3)
print(isinstance(3, (str, int)), isinstance("s", (list, tuple)), type(3.0) is float, type(True).__name__)
print(list(enumerate("ab", start=5)), list(zip("ab", [1, 2], (True, False))))
words = ["apple", "Banana", "cherry"]
print([w.upper() for w in words if "an" in w.lower()], {w[0]: w for w in words})
print("%-8s|%8.3f|%+05d" % ("left", 3.14159, 42), "{:*^11}".format("mid"))
a = b = c = 5
a += 1
print(a, b, c, (lambda *a: sum(a))(1, 2, 3))
print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(None), not None)
print(abs(-7), abs(3.5), round(3.14159, 3), divmod(17, 5), 2 ** 0.5, 10 / 4, 10 // 4, 10 % 4, -10 // 4)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], sum(sum(r) for r in matrix))
s = set()
for w in "to be or not to be".split():
    s.add(w)
print(sorted(s), len(s), "be" in s)
print(repr("line\nbreak"), "tab\there", r"raw\n", "unicode: \u00e9 \N{GREEK SMALL LETTER ALPHA}")
