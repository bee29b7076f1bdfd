class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("caught", e)
l = []
l.append(l)
d = {}
d["self"] = d
print(l, d)
class Deep:
    def __getattr__(self, name):
        return self.missing
try:
    Deep().x
except RecursionError as e:
    print("getattr", e)
