class O:
    a = 1
o = O()
print(getattr(o, "a"), getattr(o, "b", "default"), hasattr(o, "a"), hasattr(o, "b"))
setattr(o, "b", 2)
print(o.b, vars(o))
delattr(o, "b")
print(hasattr(o, "b"))
setattr(o, "with space", 5)
print(getattr(o, "with space"), vars(o))
try:
    getattr(o, "missing")
except AttributeError as e:
    print(e)
try:
    getattr(o, 5)
except TypeError as e:
    print(e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print(e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(e)
print(getattr(1, "real"), getattr("s", "upper")(), getattr(O, "a"))
