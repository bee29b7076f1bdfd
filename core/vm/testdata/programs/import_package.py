import sys
DATA = __file__.rsplit('/', 1)[0] + '/import_data'
sys.path.insert(0, DATA)

import shapes
print(shapes.DEFAULT, shapes.Circle(2).area(), shapes.square.area(3))
print(shapes.__package__, shapes.__path__ == [DATA + '/shapes'], shapes.__file__ == DATA + '/shapes/__init__.py')
print(shapes.__spec__.name, shapes.__spec__.parent, shapes.__spec__.submodule_search_locations == shapes.__path__)
print(shapes.circle.__name__, shapes.circle.__package__, 'shapes.circle' in sys.modules)
import shapes.solid.cube
print(shapes.solid.cube.volume(2), shapes.solid.cube.parent_name)
from shapes.solid import cube as c
print(c is shapes.solid.cube, c.__package__)
from shapes import solid, circle
print(solid.__name__, circle.Circle.__name__)
import shapes.circle as sc
print(sc is circle)
import nspkg.part.mod
print(nspkg.part.mod.value, list(nspkg.__path__) == [DATA + '/nspkg'], hasattr(nspkg, '__file__') and nspkg.__file__)
from nspkg.part import mod
print(mod.value)
print(sorted(k for k in sys.modules if k.startswith('shapes')))
