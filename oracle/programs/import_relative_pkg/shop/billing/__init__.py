from . import tax
