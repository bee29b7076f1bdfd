from .. import DEFAULT
from ..circle import Circle
print('loading', __name__, DEFAULT, Circle.__name__)
