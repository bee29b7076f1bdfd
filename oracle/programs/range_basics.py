r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 8 in r, 9 in r, r.index(11), r.count(5))
print(list(range(5)), list(range(5, 0, -2)), list(range(0)), list(range(3, 3)), range(10)[::2])
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5))
print(range(10 ** 20)[10 ** 19], 10 ** 19 in range(10 ** 20), reversed(range(3)).__class__.__name__)
for bad in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: r[100], lambda: r.index(4)):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(r.start, r.stop, r.step, hash(range(3)) == hash(range(0, 3)))
big = range(10 ** 20)
try:
    len(big)
except OverflowError as e:
    print(e)
print(big.stop, big[-1] == 10 ** 20 - 1)
