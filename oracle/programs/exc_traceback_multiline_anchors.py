# Carets of multi-line expressions: significant lines, "...<N lines>...",
# binary operators split over lines, wide characters.
def total(items):
    return sum(
        item["price"]
        for item in items
    )
def report(rows):
    width = {"名前": 4}
    try:
        return width["名前"] + width[
            "値段"
        ]
    except KeyError:
        pass
    return (
        rows[0]
        +
        len(
            rows,
            1,
            2,
            3,
        )
    )
try:
    total([{"price": 1}, {"cost": 2}])
except KeyError as e:
    print("KeyError", e)
print(report([1]) if False else "skip")
result = report(
    [10, 20],
)
