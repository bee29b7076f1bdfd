_state = [7]
def rnd(hi):
    _state[0] = (_state[0] * 1103515245 + 12345) % 2147483648
    return _state[0] % (hi + 1)
nan = float("nan")
for n in [3, 5, 10, 20, 40, 63]:
    for trial in range(3):
        xs = [nan if rnd(4) == 0 else float(rnd(5)) for _ in range(n)]
        print(n, trial, sorted(xs)[:12], sorted(xs, reverse=True)[:8])
        ys = sorted(range(n), key=lambda i: (n - i) // 3)
        print(ys[:10], sorted([(x // 2, i) for i, x in enumerate(range(n, 0, -1))], key=lambda p: p[0])[:6])
