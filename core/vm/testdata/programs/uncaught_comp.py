values = [1, 2, 0]
inverses = [1 / v for v in values]
