_state = [5]
def rnd(hi):
    _state[0] = (_state[0] * 1103515245 + 12345) % 2147483648
    return _state[0] % (hi + 1)
for n in [0, 1, 2, 5, 31, 32, 33, 64, 100, 1000, 5000]:
    xs = [rnd(n // 3 + 1) for _ in range(n)]
    items = list(enumerate(xs))
    a = sorted(items, key=lambda p: p[1])
    b = sorted(items, key=lambda p: p[1], reverse=True)
    c = sorted(xs); d = sorted([str(x) for x in xs]); e = sorted([float(x) / 3 for x in xs], reverse=True)
    f = sorted([(x % 7, -x, str(x)) for x in xs])
    g = sorted([(str(x % 5), x) for x in xs])
    h = sorted(xs + [2 ** 70, -2 ** 70])
    print(n, hash(tuple(a)), hash(tuple(b)), hash(tuple(c)), hash(tuple(d)), hash(tuple(e)), hash(tuple(f)), hash(tuple(g)), hash(tuple(h)))
print(sorted([3, 1.5, True, 2]), sorted(["b", "a", "B"]), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 2], [1]]))
print(sorted(range(10), key=lambda x: -x), sorted("hello", reverse=True), sorted([1, 2, 3], key=lambda x: 0, reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    sorted([(1, 2), (1, "a")])
except TypeError as e:
    print(e)
class Rec:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return f"{self.name}:{self.age}"
people = [Rec("ann", 30), Rec("bob", 25), Rec("cid", 30), Rec("dee", 25), Rec("eve", 35)]
print(sorted(people, key=lambda r: r.age))
print(sorted(people, key=lambda r: r.age, reverse=True))
people.sort(key=lambda r: (-r.age, r.name))
print(people)
l = [5, 3, 1]
def bad_key(x):
    if x == 1:
        raise KeyError("no key for 1")
    return x
try:
    l.sort(key=bad_key)
except KeyError as e:
    print("KeyError", e, l)
try:
    [1, 2].sort(cmp=None)
except TypeError as e:
    print(e)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=str.upper, reverse=True), max(words, key=len), min(words))
nums = [(i * 37) % 101 for i in range(300)]
print(sorted(nums)[:10], sorted(nums, reverse=True)[:5], sorted(set(nums)) == list(range(101)))
big = [10 ** 20 - i for i in range(40)] + [1.5, -3]
print(sorted(big)[:3], sorted(big, reverse=True)[:2])
print(sorted([[3, "b"], [3, "a"], [1, "z"]]), sorted([(2, 1.5), (2, 0.5), (1, 9.0)]), sorted(["b", "", "a", "ab"]))
[3, None, 1].sort()
