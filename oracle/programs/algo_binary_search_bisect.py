def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = list(range(0, 100, 3))
print([bisect_left(data, x) for x in (-1, 0, 1, 3, 50, 99, 1000)])
def sqrt_newton(x, eps=1e-12):
    g = x / 2 or 1.0
    while abs(g * g - x) > eps * x:
        g = (g + x / g) / 2
    return g
print([round(sqrt_newton(v), 10) for v in (2, 9, 10.5, 1e6)])
def find_root(f, lo, hi):
    for _ in range(100):
        mid = (lo + hi) / 2
        if (f(lo) < 0) == (f(mid) < 0):
            lo = mid
        else:
            hi = mid
    return lo
print(round(find_root(lambda x: x ** 3 - 2 * x - 5, 2, 3), 12))
