funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = []
for i in range(4):
    def make(j):
        return lambda: j
    funcs.append(make(i))
print([f() for f in funcs])

def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())
