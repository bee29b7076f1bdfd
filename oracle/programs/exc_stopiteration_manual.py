it = iter([1])
print(next(it))
def helper():
    return next(it)
try:
    helper()
except StopIteration:
    print("StopIteration propagates through plain functions")
def g():
    yield next(iter([]))
try:
    list(g())
except RuntimeError as e:
    print(e, type(e.__context__).__name__)
next(it)
