import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def down(n):
    return n if n == 0 else down(n - 1)
print(down(1500))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(e)
