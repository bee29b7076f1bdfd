def parse(s):
    return int(s)
def total(values):
    return sum(parse(v) for v in values)
print(total(["1", "2"]))
print(total(["3", "x4"]))
