def find(items, target):
    for item in items:
        if item == target:
            return item
match = find([1, 2], 3)
print(match.bit_length())
