def f():
    x = "outer"
    try:
        [1 / x for x in (1, 0)]
    except ZeroDivisionError:
        pass
    return x
print(f())

x = "module"
try:
    [1 / x for x in (1, 0)]
except ZeroDivisionError:
    pass
print(x)

class K:
    y = "class"
    try:
        d = {y: 1 / y for y in (2, 0)}
    except ZeroDivisionError:
        pass
    print(y)

def g():
    i = "kept"
    try:
        s = {i // 0 for i in range(3)}
    except ZeroDivisionError as e:
        print("caught", e)
    print(i)
g()

def h():
    try:
        [i for i in range(3) if 1 / (i - 1)]
    except ZeroDivisionError:
        pass
    try:
        return i
    except NameError as e:
        return "unbound: " + str(e)
print(h())

def nested():
    a = "A"
    b = "B"
    try:
        r = [[1 / (a - b) for b in range(2)] for a in range(3)]
    except ZeroDivisionError:
        pass
    return a, b
print(nested())

def in_expr():
    v = "v"
    try:
        total = 1 + sum([w // 0 for w in range(2)]) + 2
    except ZeroDivisionError:
        pass
    return v
print(in_expr())

def gen_ok():
    k = "k"
    lst = [k for k in range(3)]
    return k, lst
print(gen_ok())
def f():
    return 1
    x = [i for i in range(3)]
    return x
print(f())
async def g():
    return 2
    return [i async for i in h()]
c = g()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
