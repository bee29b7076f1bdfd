def divide_all(n, values):
    return [n // v for v in values]
