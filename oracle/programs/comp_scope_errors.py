class C:
    vals = [1, 2]
    try:
        doubled = [v * len(vals) for v in vals]
    except NameError as e:
        err = str(e)
print(C.err)
print([i for i in range(3)])
try:
    print(i)
except NameError as e:
    print(e)
