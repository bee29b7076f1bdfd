print("sub:", __name__, __package__)
from .helper import double
print(double(21))
