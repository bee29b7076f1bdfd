print(len("héllo"), len(b"ab"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(0, 10, 3)))
print(len(frozenset()), len(bytearray(5)), len({}.keys()), len(memoryview(b"abc")), len("𝄞"))
for v in (5, None, 1.5, iter([])):
    try:
        len(v)
    except TypeError as e:
        print(e)
