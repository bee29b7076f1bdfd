def pairs():
    return [
        (1, 2)
        (3, 4)
    ]
try:
    pairs()
except TypeError as e:
    print(e)
print([1, 2][1.5] if False else "indexing a literal list with a float warns")
