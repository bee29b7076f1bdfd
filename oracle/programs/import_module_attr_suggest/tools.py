def calculate_total(xs):
    return sum(xs)
