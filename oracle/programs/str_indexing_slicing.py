s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:-1], s[5:2], s[1:8:3])
print(s[100:], s[-100:2], len(s), s[slice(1, 4)])
try:
    s[10]
except IndexError as e:
    print(e)
try:
    s[0] = "z"
except TypeError as e:
    print(e)
u = "naïve café ☕ 𝄞"
print(len(u), u[-1], u[::-1], [ord(c) for c in u[-3:]])
print("ab" * 3, 3 * "-", "a" + "b", "x" * 0, "x" * -2)
