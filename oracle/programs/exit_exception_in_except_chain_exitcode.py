import sys
try:
    raise KeyError("original")
except KeyError:
    sys.exit("exiting while handling")
