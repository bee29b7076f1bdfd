class Resource:
    def __enter__(self):
        print("acquired")
        return self
    def __exit__(self, *exc):
        print("released", exc[0].__name__)
        return False

with Resource() as r:
    r.value = 10
    print(r.value / (r.value - 10))
