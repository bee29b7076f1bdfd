one_f, none, five, abc = 1.0, None, 5, "abc"
cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (1,), lambda: 1 < "a", lambda: {} < {},
    lambda: -"x", lambda: ~1.5, lambda: "a" * 1.5, lambda: [1][one_f], lambda: {}[[]],
    lambda: len(5), lambda: none(), lambda: five[0], lambda: abc["x"], lambda: iter(None),
    lambda: (1, 2).append(3), lambda: int([]), lambda: sum("ab"), lambda: sorted(None),
    lambda: "x" in 5, lambda: 5 in "x", lambda: {1: 2} + {3: 4}, lambda: object() @ 1,
    lambda: divmod(1, "2"), lambda: abs(None), lambda: "{:d}".format("s"), lambda: [].sort(1),
]
for c in cases:
    try:
        c()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
