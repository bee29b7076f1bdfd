try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkg.too_far
except ImportError as e:
    print(type(e).__name__, e)
from .sibling import thing
