import helpers
import helpers as h
from helpers import square, GREETING as G
from helpers import Counter

print(helpers.square(4), h.square(5), square(6), G)
print(helpers.__name__, helpers.__file__.rsplit("/", 1)[-1], helpers is h)
c = Counter()
c.tick(); c.tick()
print(c.count, type(c).__module__, Counter.__qualname__)
print(helpers.CALLS)
print(sorted(n for n in dir(helpers) if not n.startswith("_")))
print(__name__)
