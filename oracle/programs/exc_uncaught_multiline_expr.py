def total(values):
    return sum(
        v["amount"]
        for v in values
    )

records = [{"amount": 1}, {"amount": 2}, {"amt": 3}]
print(total(
    records
))
