import sys
DATA = __file__.rsplit('/', 1)[0] + '/import_data'
sys.path.insert(0, DATA)

import circ_a
print(circ_a.A_VALUE, circ_a.circ_b.B_VALUE)
try:
    import circ_x
except ImportError as e:
    print(type(e).__name__, e)
    print('circ_x' in sys.modules, 'circ_y' in sys.modules)
