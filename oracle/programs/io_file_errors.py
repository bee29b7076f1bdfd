try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    open(".", "r").read()
except IsADirectoryError as e:
    print(e)
try:
    open("x", "rw")
except ValueError as e:
    print(e)
with open("no_such_dir/file.txt") as f:
    pass
