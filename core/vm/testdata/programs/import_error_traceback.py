import sys
DATA = __file__.rsplit('/', 1)[0] + '/import_data'
sys.path.insert(0, DATA)

try:
    import broken
except KeyError as e:
    print('caught', repr(e), 'broken' in sys.modules)
import broken
