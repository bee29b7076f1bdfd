f = frozenset([1, 2, 3, 2])
print(f, len(f), 2 in f, f | {9}, f & {1, 5}, type(f | {9}).__name__, type({9} | f).__name__)
print(frozenset(), repr(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})], frozenset("a") == {"a"}, {frozenset(): 1})
try:
    f.add(4)
except AttributeError as e:
    print(e)
print(sorted(f.union([7])), f.issubset(range(10)), f.issuperset([1]))
