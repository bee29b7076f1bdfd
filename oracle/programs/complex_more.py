z = complex(1.5, -2)
print(z, repr(z), str(z), z.real, z.imag, abs(complex(-3, 4)), complex(True), complex("  3 "))
print((1 + 2j) ** 2, (1 + 2j) ** 0.5, 2 ** (1j), 1j ** 2, (0j) ** 0, divmod.__name__)
print(f"{z:.2f}", f"{z:>20}", format(1j, ""), "{:g}".format(1e10 + 1e-10j), complex(1e300, 1e300) * 10)
for bad in ["1+", "j1", "1+2", "(1+2j", "1 + 2j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
try:
    complex(1j, "x")
except TypeError as e:
    print(e)
try:
    z // 2
except TypeError as e:
    print(e)
print(complex.__mro__, isinstance(1j, complex), 1 + 0j == 1.0, (1 + 1j) != 1)
