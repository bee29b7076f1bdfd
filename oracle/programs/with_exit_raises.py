class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("exit failed")

try:
    with Bad():
        raise ValueError("body")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))

class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
with Bad():
    print("body ok")
