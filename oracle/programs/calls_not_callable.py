values = [1, "s", None, [1], {"a": 1}, 2.5]
for v in values:
    try:
        v()
    except TypeError as e:
        print(e)
x = 10
x(3)
