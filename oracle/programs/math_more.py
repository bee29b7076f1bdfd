import math
print(math.floor(-0.5), math.ceil(-0.5), math.floor(10 ** 20 + 0.5), math.isqrt(10 ** 40 + 1), math.gcd(0, 0))
print(math.pow(2, 10), math.pow(2, 0.5), math.sqrt(0.0), math.sqrt(-0.0), math.exp(-745), math.exp(709) > 1e307)
print(math.log(math.e), math.log(8, 2), math.log1p(1e-10), math.expm1(1e-10), math.log(10 ** 400) > 900)
print(math.sin(0), math.cos(math.pi), round(math.tan(math.pi / 4), 12), math.asin(1), math.acos(1), math.atan(1))
print(math.sinh(1), math.cosh(0), math.tanh(100), math.asinh(1), math.erf(0.5), math.gamma(5), math.lgamma(10))
print(math.radians(180), math.fsum([1e100, 1.0, -1e100]), math.nextafter(1.0, 2.0), math.ulp(1.0), math.cbrt(27))
print(math.inf > 10 ** 1000, -math.inf, math.nan != math.nan, math.isclose(1, 1.0000001, rel_tol=1e-6), math.trunc(1e20))
for bad in [lambda: math.isqrt(-1), lambda: math.acos(2), lambda: math.gamma(0), lambda: math.log(-1), lambda: math.comb(3, -1)]:
    try:
        bad()
    except ValueError as e:
        print(e)
try:
    math.sqrt("4")
except TypeError as e:
    print(e)
