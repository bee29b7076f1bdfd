print(list(map(str.upper, ["a", "b"])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [-1, 2])))
print(list(filter(None, [0, 1, "", "x", None, []])), list(filter(lambda x: x % 2, range(7))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
class SeqLike:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(SeqLike())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    map(5, [1]).__next__()
except TypeError as e:
    print(e)
m = map(int, "123")
print(next(m), list(m), list(m))
