def scale(items, factor):
    out = []
    for item in items:
        out.append(item * factor + len(item))
    return out
print(scale(["ab"], 2))
print(scale([1, 2], 3))
