import math
print(math.pi)
print(math.sqr(4))
