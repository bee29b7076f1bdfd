import sys, math as m, time
from math import sqrt, pi as PI
from sys import argv
import builtins
print(m.sqrt(16), sqrt(2), PI, type(argv).__name__, builtins.abs(-2))
print(type(sys).__name__, repr(sys), repr(builtins), m.__name__)
print(sys.modules["math"] is m, "time" in sys.modules)
from math import *
print(floor(2.5), e)
def f():
    import math
    return math.tau
print(f())
