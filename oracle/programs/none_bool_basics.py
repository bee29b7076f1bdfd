print(None, repr(None), type(None).__name__, None is None, None == None, bool(None))
print(True, False, True + 1, True & False, True | False, True ^ True, ~True, -True)
print(bool(0), bool(-1), bool("0"), bool([]), bool([[]]), bool(0.0), bool(0j), int(False))
print(str(True), repr(False), True == 1, False == 0)
print(type(True).__mro__, isinstance(False, int), hash(True), hash(None) == hash(None))
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
class F:
    def __bool__(self):
        return 1
try:
    bool(F())
except TypeError as e:
    print(e)
