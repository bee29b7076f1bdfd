def loop(n):
    x = 0.0
    i = 0
    while i < n:
        x = x * 1.0000001 + 0.5
        i = i + 1
    return x
print(loop(3000000))
