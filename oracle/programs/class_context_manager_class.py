class Timer:
    depth = 0
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "start " + self.label)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("  " * Timer.depth + f"stop {self.label} ({exc_type.__name__ if exc_type else 'ok'})")
        Timer.depth -= 1

with Timer("outer"):
    with Timer("inner") as t:
        print("label", t.label)
    try:
        with Timer("failing"):
            raise ValueError
    except ValueError:
        print("handled outside")
