import sys
from oracle_pkg_main import VALUE
from . import helper

print("main:", __name__, __package__)
print("value:", VALUE, helper.double(VALUE))
print("args:", sys.argv[1:])
