l = [3, 1, 2]
def key(x):
    l.append(0)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(e)
print(l)
items = [1, 2, 3, 4, 5, 6]
for x in items:
    if x % 2 == 0:
        items.remove(x)
print(items)
class Eq:
    def __eq__(self, other):
        raise RuntimeError("eq exploded")
try:
    [1, Eq()].index(5)
except RuntimeError as e:
    print(e)
try:
    Eq() in [1, 2]
except RuntimeError as e:
    print(e)
nums = [5, 3, 8]
it = iter(nums)
next(it)
nums.insert(0, 99)
print(list(it))
try:
    sorted([3, 1, None])
except TypeError as e:
    print(e)
