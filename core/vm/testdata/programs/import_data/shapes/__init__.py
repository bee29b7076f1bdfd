print('init shapes', __name__, __package__)
from .circle import Circle
from . import square
DEFAULT = 'circle'
