class Recorder(dict):
    def __missing__(self, key):
        return f"<{key}>"
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)
loc = Recorder()
print(eval("a + b", {}, loc))
exec("x = 1\ny = x + 1", {}, loc)
print(dict(loc))
class Ns:
    def __getitem__(self, k):
        if k == "answer":
            return 42
        raise KeyError(k)
print(eval("answer", {}, Ns()))
try:
    eval("question", {}, Ns())
except NameError as e:
    print(e)
