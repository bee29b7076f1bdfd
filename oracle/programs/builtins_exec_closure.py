# exec/eval of code objects with free variables: closure=
def outer():
    v = 41
    def inner():
        return v + 1
    return inner
inner = outer()
print(exec(inner.__code__, {}, None, closure=inner.__closure__))
try:
    exec(inner.__code__)
except TypeError as e:
    print(e)
try:
    eval(inner.__code__)
except TypeError as e:
    print(e)
try:
    exec(inner.__code__, {}, closure=(1,))
except TypeError as e:
    print(e)
try:
    exec(compile("1", "s", "exec"), closure=())
except TypeError as e:
    print(e)
def noclose(): return 5
print(eval(noclose.__code__), exec(noclose.__code__))
