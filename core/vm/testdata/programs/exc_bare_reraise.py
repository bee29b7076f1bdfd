def f():
    try:
        1/0
    except ZeroDivisionError:
        print("handling")
        raise

def g():
    try:
        f()
    except ZeroDivisionError:
        raise

g()
