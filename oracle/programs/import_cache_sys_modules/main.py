import sys
import once
import once
from once import counter
print(counter, once.loads)
del sys.modules["once"]
import once as again
print(again.loads, again is not None)
class Fake:
    answer = 42
sys.modules["virtual_mod"] = Fake()
import virtual_mod
print(virtual_mod.answer)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
m = __import__("once")
print(m.__name__, __import__("math").sqrt(9))
