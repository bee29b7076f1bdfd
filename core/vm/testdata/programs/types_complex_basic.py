# complex: literals, constructor forms, repr, arithmetic, hash, comparisons.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(1j, 2.5j, 1+2j, 1-2j, -1j, -(1j), 0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0))
print(1e20j, 1.5e-7+3j, complex(1e16, 1e-5), complex(float('inf'), float('nan')), complex(float('-inf'), -1), 1j * 1e308 * 10)
print(complex(), complex(3), complex(2.5), complex(True), complex(1, 2), complex(1.5, -0.5), complex(1j), complex(1j, 1j), complex(1+2j, 3+4j))
print(complex(real=1, imag=2), complex(imag=3), complex(real=4), complex(1, imag=-1), complex(10**20))
for s in ('1+2j', '  3-4J  ', '(5+6j)', '( 7 )', 'j', '-j', '+J', '2j', '1e3', '-1.5e-3+2.5e2j', 'inf', 'nanj', '-infj', '1_000+2_0j', '.5j', '5.j', '1+j', '1-j', 'infinity+1j'):
    print(repr(s), complex(s))
for s in ('', 'x', '1+', '1+2', 'j1', '1 + 2j', '(1+2j', '1+2jj', '1__0j', '++1j', '1e', '()'):
    t(repr(s), lambda: complex(s))
a, b = 3+4j, 1-2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0, a ** 3, b ** -3, a ** 0.0, (-1j) ** 4)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a, 1 ** a, a ** 2.0, True + a)
print(-a, +a, abs(a), abs(-3j), abs(0j), a.real, a.imag, a.conjugate(), (2j).real, type(a.real).__name__)
print(a == 3+4j, a != 3+4j, 1+0j == 1, 1+0j == 1.0, 1j == 1, 2+0j == True + 1, a == 'x', 0j == 0, 1j != 1j)
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(1+0j))
print(hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5), hash(0j), hash(1j), hash(1+2j), hash(-1-1j), hash(complex(1e300, -2.5)))
print({1: 'a'}[1+0j], {1j: 'x', 1j * 1: 'y'}, len({1+0j, 1, 1.0}))
print((1+2j) * (3-4j), (1+2j) / (3-4j), (1e300+1e300j) / (1e300+1e300j), 1j ** 2, (-1) ** 0.5 if False else (0j) ** 2)
print(pow(2j, 3), pow(1+1j, -2), (1+1j) ** 100, 0j ** 0, 0j ** 2.5, 1j ** 0.0)
print(isinstance(1j, complex), type(1j).__name__, complex is type(2j), complex(2j) is complex(2j) or True)
print(f'{1+2j}', str(3-1j), repr(complex(1, 1e-17)), [1j, 2+3j], (1j,))
class C(complex):
    pass
c = C(1, 2)
print(repr(c), type(c).__name__, type(c + 1).__name__, c == 1+2j, isinstance(c, complex))
class WithComplex:
    def __complex__(self):
        return 5+6j
class WithFloat:
    def __float__(self):
        return 2.5
print(complex(WithComplex()), complex(WithFloat()), complex(WithFloat(), WithFloat()))
class Polar(complex):
    def __new__(cls, r, i=0):
        return super().__new__(cls, r, i)
    def mag(self):
        return abs(self)
p = Polar(3, 4)
print(repr(p), type(p).__name__, p.mag(), p.real, p.conjugate(), type(-p).__name__)
print((-8) ** 0.5 == complex(0, 8 ** 0.5) or True, type((-8.0) ** 0.5).__name__, type((-2) ** 1.5).__name__)
