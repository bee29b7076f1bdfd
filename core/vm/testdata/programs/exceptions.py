def divide(a, b):
    return a / b
try:
    divide(1, 0)
except ZeroDivisionError as e:
    print("caught", type(e).__name__, e, repr(e), e.args)
try:
    [][1]
except IndexError as e:
    print("index", e)
try:
    {}["k"]
except KeyError as e:
    print("key", e, repr(e))
except Exception:
    print("not here")
try:
    undefined_name
except NameError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    int("x1")
except ValueError as e:
    print(e)
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "done"
print(g())
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise KeyError("outer")
except KeyError as e:
    print("chained", repr(e), repr(e.__context__))
try:
    raise RuntimeError("x") from ValueError("cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
class MyError(Exception):
    pass
class Sub(MyError):
    pass
try:
    raise Sub("custom", 2)
except MyError as e:
    print(type(e).__name__, e, e.args, isinstance(e, Exception))
try:
    raise ValueError
except (TypeError, ValueError) as e:
    print("tuple match", repr(e))
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("recursion:", e)
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert", e)
x = 0
try:
    x = 1
except Exception:
    x = 2
else:
    x = 3
finally:
    x *= 10
print(x)
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
try:
    try:
        1 / 0
    finally:
        print("cleanup")
except ZeroDivisionError:
    print("propagated")
e = None
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("name cleared:", err)
