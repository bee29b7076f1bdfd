assert True
assert 1 + 1 == 2, "math"
try:
    assert False, "custom message"
except AssertionError as e:
    print("caught:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("no message:", repr(e))
def check(n):
    assert n > 0, f"n must be positive, got {n}"
    return n
print(check(3))
check(-2)
