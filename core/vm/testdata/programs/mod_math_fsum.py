import math

print(math.fsum([]), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]))
print(math.fsum([1.0, 1e-16, 1e-16, 1e-16]))
print(math.fsum(x / 7 for x in range(1, 100)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1.0]), math.fsum([math.nan, 1.0]))
print(math.fsum([1, 2, 3]), math.fsum([1.7976931348623157e308, -1e292]))
print(math.fsum([0.3, 0.3, 0.3, -0.9]), math.fsum(range(10)))
vals = [(-1) ** i * 1.0 / (i + 1) for i in range(1000)]
print(math.fsum(vals))
