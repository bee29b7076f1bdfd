import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(99), math.exp(1), math.log(100, 10), math.log2(8), math.log10(0.001))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi))
print(math.factorial(25), math.gcd(84, 36, 12), math.lcm(4, 6, 10), math.comb(10, 3), math.perm(5, 2))
print(math.floor(3.7), math.ceil(3.2), math.fabs(-2), math.copysign(1, -0.0), math.fmod(-7, 3))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isclose(0.1 + 0.2, 0.3))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
print(math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4), math.trunc(-9.9))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
