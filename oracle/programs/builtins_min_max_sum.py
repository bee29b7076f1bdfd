print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", key=str.upper))
print(max([], default="empty"), min((), default=None), max([1, 5, 3], key=lambda x: -x))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([[3], [1, 2]]), max(1, 2.5, True))
print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(101)), sum([1, 2], start=5))
print(max(["a", "bb", "cc"], key=len), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
for bad in (lambda: min([]), lambda: max(), lambda: sum(["a", "b"], ""), lambda: max(1, "a"), lambda: sum([1, "a"])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
