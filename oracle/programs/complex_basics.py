z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(z * (1 - 2j), z / 2, z + 1, z - 1j, z ** 2, -z)
print(complex(1), complex(1, -1), complex("2+3j"), complex("-1.5j"), 1j * 1j)
print(repr(0j), repr(-0j), complex(0, -0.0), 1e300j * 1e10)
print((1 + 2j) == complex(1, 2), (2 + 0j) == 2, hash(2 + 0j) == hash(2))
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print(e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(e)
print(type(1j).__name__, complex("inf+nanj"))
