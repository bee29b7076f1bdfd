class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return None

with Suppress(ZeroDivisionError) as s:
    1 / 0
    print("not reached")
print("suppressed:", type(s.caught).__name__)

def f():
    with Suppress(KeyError):
        return "returned from with"
print(f())
for i in range(3):
    with Suppress(ValueError):
        if i == 1:
            continue
        print("iteration", i)
with Suppress(KeyError):
    raise IndexError("not suppressed")
