import math
vals = [0.1, 0.5, 1.0, 2.0, 10.0, 123.456, 1e-10, 1e10]
for name in ["sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh", "expm1", "log1p", "erf", "gamma", "lgamma", "cbrt", "exp2"]:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
print(math.pow(2, 0.5), math.pow(-8, 1 / 3) if False else "skip", 2 ** 0.5, 1.1 ** 10, 7.0 ** -0.5, (-2.0) ** 3, 10 ** 0.5)
print(math.atan2(-0.0, -1), math.atan2(1, 0), math.hypot(3e200, 4e200), math.copysign(2, -0.0), math.fabs(-0.0))
print(math.isqrt(10 ** 30), math.isqrt(2), math.factorial(20), math.comb(52, 5), math.perm(10, 3), math.gcd(), math.lcm(), math.gcd(-12, 18))
print(math.floor(-2.5), math.ceil(-2.5), math.floor(10 ** 20), math.trunc(-0.9), math.modf(-2.5), math.frexp(0.0), math.frexp(-12.5), math.ldexp(3, -2))
print(math.fsum([0.1] * 10), math.fsum([1e308, 1e308, -1e308]), math.prod([]), math.prod([2.5, 4]), math.dist((1, 2, 3), (4, 6, 3)))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(0, 1e-12, abs_tol=1e-9), math.isfinite(float("nan")), math.isinf(1e308 * 10))
print(math.degrees(1), math.radians(180), math.remainder(7, 2), math.remainder(-7, 2), math.fmod(-7.5, 2), math.nextafter(0.0, 1.0), math.ulp(1e300))
print(math.erfc(0.1), math.erfc(0.5), math.erfc(2.0), math.erfc(-1.0))
print(math.e ** 2, math.pi * 2 == math.tau, math.inf > 1e308, math.nan != math.nan, -math.inf)
for expr in ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log(10, 1)", "math.exp(1000)", "math.acos(1.5)", "math.factorial(-1)",
             "math.factorial(1.0)", "math.isqrt(-4)", "math.comb(5, -1)", "math.perm(-5)", "math.gamma(0)", "math.lgamma(-1)", "math.pow(0, -1)",
             "math.pow(-1, 0.5)", "math.fmod(1, 0)", "math.ldexp(1.0, 5000)", "math.sqrt('x')", "math.floor('x')", "math.gcd(1.5, 2)", "math.dist([1], [1, 2])",
             "math.log(2 ** 10000)", "math.log10(10 ** 400)", "math.sqrt(10 ** 400)", "math.exp(10 ** 400)", "math.atanh(1)", "math.cosh(1000)"]:
    try:
        print(expr, "->", eval(expr))
    except (ValueError, OverflowError, TypeError) as e:
        print(expr, "->", type(e).__name__, e)
