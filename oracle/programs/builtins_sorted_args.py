print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("cba"), sorted((2, 1)), sorted({"b": 1, "a": 2}.items()))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
try:
    [1].sort(key=None, reverse=None, cmp=None)
except TypeError as e:
    print(e)
print(sorted([], key=len), sorted([[2, 1], [1, 2]]), sorted([-3, 2, -1], key=abs))
class Item:
    def __init__(self, p):
        self.p = p
    def __repr__(self):
        return f"I{self.p}"
print(sorted([Item(3), Item(1)], key=lambda i: i.p))
try:
    sorted([Item(1), Item(2)])
except TypeError as e:
    print(e)
