def countdown(n):
    if n == 0:
        raise RuntimeError("bottom reached")
    countdown(n - 1)

countdown(30)
