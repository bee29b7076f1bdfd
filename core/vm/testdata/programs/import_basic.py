import sys
DATA = __file__.rsplit('/', 1)[0] + '/import_data'
sys.path.insert(0, DATA)

import greet
import greet as g2
from greet import greet as hello, GREETING
print(greet.greet('world'), g2 is greet, hello('you'), GREETING)
print(greet.__name__, greet.__file__ == DATA + '/greet.py', greet.__package__ == '')
print(greet.__spec__.name, greet.__spec__.origin == greet.__file__, greet.__spec__.parent == '')
print(sys.modules['greet'] is greet, type(greet).__name__)
greet.count += 1
import greet
print(greet.count)
print(greet.Greeter.__module__)

from exported import *
print(visible, also)
try:
    hidden
except NameError as e:
    print(e)
from greet import *
print(GREETING, greet('star') if callable(greet) else greet)
try:
    _private
except NameError as e:
    print(e)

print(__name__, __package__ if __package__ else repr(__package__))
