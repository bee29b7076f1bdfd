print("apple" < "banana", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z")
print(sorted(["b", "A", "a", "B", "é", "_"]), max("hello"), min("hello"))
print("abc" == "abc", str(123), str(None), str([1, "a"]), str(b"x"))
print(ord("A"), chr(8364), "abc".encode(), str(b"abc", "ascii"), len("\N{SNOWMAN}"))
print("a".join("xyz"), "-".join(reversed("abc")), list("hey"), tuple("ab"))
print("Hello".translate({ord("l"): "L", ord("o"): None}), str.maketrans("ab", "xy"), "abcab".translate(str.maketrans("ab", "xy")))
try:
    "a" < 1
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
print("%s" % "x" * 2, "a" "b" "c")
