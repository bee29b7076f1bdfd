from colours import RED
print(RED)
from colours import GREN
