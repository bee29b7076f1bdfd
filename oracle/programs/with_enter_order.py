log = []
class T:
    def __init__(self, n):
        self.n = n
        log.append(f"init {n}")
    def __enter__(self):
        log.append(f"enter {self.n}")
        return self
    def __exit__(self, *a):
        log.append(f"exit {self.n}")

with T(1), T(2), T(3):
    log.append("body")
print(log)
log.clear()

class FailEnter(T):
    def __enter__(self):
        raise OSError("cannot enter")
try:
    with T(1), FailEnter(2), T(3):
        log.append("body")
except OSError as e:
    log.append(str(e))
print(log)
