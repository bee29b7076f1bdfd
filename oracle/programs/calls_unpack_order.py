log = []

def v(x):
    log.append(x)
    return x

def f(*a, **k):
    return len(a), len(k)

print(f(v(1), *[v(2), v(3)], k=v(4), **{"m": v(5)}))
print(log)
log.clear()
d = {v("a"): v(1), v("b"): v(2)}
print(log)
