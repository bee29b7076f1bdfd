for v in [0, 1, -1, 0.0, "", "a", [], [0], {}, None, (), (None,), set(), range(0), range(1)]:
    if v:
        r = "truthy"
    elif v is None:
        r = "none"
    else:
        r = "falsy"
    print(repr(v), r)
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or 0 or "last")
print(not 0, not [1], (1 if "" else 2))
