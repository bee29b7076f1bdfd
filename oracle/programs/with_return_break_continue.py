class CM:
    def __init__(self, tag, log):
        self.tag, self.log = tag, log
    def __enter__(self):
        self.log.append("+" + self.tag)
    def __exit__(self, *a):
        self.log.append("-" + self.tag)
log = []
def f():
    with CM("ret", log):
        return "value"
print(f(), log)
log.clear()
for i in range(4):
    with CM(str(i), log):
        if i == 1:
            continue
        if i == 2:
            break
print(log)
log.clear()
def g():
    for i in range(2):
        with CM("a", log), CM("b", log):
            try:
                return i
            finally:
                log.append("finally")
print(g(), log)
