import sys
print("start")
class Custom(UserWarning):
    pass
def f():
    import warnings
    warnings.warn("careful now", Custom)
    warnings.warn("deprecated thing", DeprecationWarning)
    return "f done"
print(f())
print("end")
