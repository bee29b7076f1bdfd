import sys
sys.setrecursionlimit(60)
def f(n):
    return f(n + 1) if n < 1000 else n
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth() in range(50, 61))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
try:
    sys.exit([1, "x"])
except SystemExit as e:
    print(e.code)
print(sys.exit.__name__, sys.getsizeof.__name__, repr(sys.exit)[:22])
print(sys.call_tracing(max, (3, 9)), repr(sys.call_tracing))
sys.exit(True)
