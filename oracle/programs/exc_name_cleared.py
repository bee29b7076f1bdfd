try:
    raise ValueError("x")
except ValueError as err:
    print("inside", err)
try:
    err
except NameError as e:
    print("after:", e)

err = "kept?"
try:
    1 / 0
except ZeroDivisionError as err:
    pass
print("err" in dir())
