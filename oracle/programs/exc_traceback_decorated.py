def logged(fn):
    def wrapper(*a):
        print("calling", fn.__name__)
        return fn(*a)
    return wrapper

@logged
def parse(s):
    return int(s)

print(parse("12"))
parse("twelve")
