import sys
words = "the quick brown fox jumps over the lazy dog alpha beta gamma delta éclair naïve 日本 😀x Ω".split()
print([hash(w) for w in words])
print(hash("a" * 1000), hash("é" * 17), hash("\ud800"), hash("ab\udcffc"), hash(b"\x00" * 9), hash(memoryview(b"xyz")))
print(set(words))
print({w: 1 for w in words}.keys() == set(words), frozenset(["x", "y", "z", "w"]))
print({(1, "a"), (2, "b"), (3, "c")}, {("a", "b"), ("c",)})
print(set("hello world"))
