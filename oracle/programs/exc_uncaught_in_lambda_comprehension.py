items = [1, 2, 0, 4]
print([10 // x for x in items[:2]])
result = list(map(lambda x: 10 // x, items))
