path = "C:\data\new"
print(repr(path))
pattern = "\d+"
print(pattern, len(pattern))
