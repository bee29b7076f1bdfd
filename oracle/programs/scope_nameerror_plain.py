def f():
    return totally_unknown_name_xyz + 1

def g():
    return f()

g()
