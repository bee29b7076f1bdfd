import math
import sys as system
from math import sqrt, pi as PI
print(math.pi, sqrt(16.0), PI == math.pi, system.maxsize, math.sqrt(2))
def f():
    import math as m
    from math import sqrt
    return m.sqrt(9), sqrt(25)
print(f())
try:
    import nosuchmod
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import nosuch
except ImportError as e:
    print(type(e).__name__, e)
try:
    import nosuch.sub
except ModuleNotFoundError as e:
    print(e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
