from limited import *
print(public_a, public_b)
try:
    hidden
except NameError as e:
    print(e)
from everything import *
print(visible)
try:
    _underscore
except NameError as e:
    print(e)
import everything
print(everything._underscore)
