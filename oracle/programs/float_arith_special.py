inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf)
print(nan == nan, nan != nan, nan < 1, [nan] == [nan], nan in [nan])
print(1e308 * 10, -1e308 * 10, 2.0 ** 0.5, 10.0 ** -2)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    (-8.0) ** 0.5
except Exception as e:
    print(type(e).__name__)
print(type((-8.0) ** 0.5).__name__)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 % -2, -0.0 % 1)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(5.5, None))
print(abs(-3.5), -(0.0), 0.0 == -0.0)
try:
    float("abc")
except ValueError as e:
    print(e)
