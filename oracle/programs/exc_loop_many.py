caught = {}
for i in range(200):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        elif i % 3 == 1:
            {}[i]
        else:
            [][i]
    except (ValueError, LookupError) as e:
        caught[type(e).__name__] = caught.get(type(e).__name__, 0) + 1
print(caught)
