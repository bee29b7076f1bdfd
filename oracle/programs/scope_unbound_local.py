total = 10

def f():
    try:
        total += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)

f()

def g():
    print(value)
    value = 3

try:
    g()
except NameError as e:
    print(type(e).__name__, isinstance(e, UnboundLocalError), e)

def h(flag):
    if flag:
        item = 1
    return item

print(h(True))
h(False)
