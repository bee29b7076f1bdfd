import sys
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print(sys.flags)
print(type(sys.flags).__name__, len(sys.flags), sys.flags[4], sys.flags.optimize)
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info[6], len(sys.float_info))
print(sys.maxsize == 2**63 - 1, sys.maxunicode == 0x10FFFF, sys.byteorder)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.platform, sys.float_repr_style)
print(type(sys.stdlib_module_names).__name__, "os" in sys.stdlib_module_names, "subpy" in sys.stdlib_module_names)
print(sys.warnoptions, sys.dont_write_bytecode, sys.is_finalizing())
print(sys.settrace(None), sys.gettrace(), sys.setprofile(None), sys.getprofile())
print(sys.audit("my.event", 1, 2), sys.addaudithook(lambda event, args: None))
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb is e.__traceback__, sys.exception() is e)
print(sys.exc_info(), sys.exception())
s = sys.intern("inter" + "ned")
print(s, s is sys.intern("interned"))
try:
    sys.intern(b"x")
except TypeError as e:
    print("TypeError:", e)
limit = sys.getrecursionlimit()
sys.setrecursionlimit(limit + 100)
print(sys.getrecursionlimit() - limit)
sys.setrecursionlimit(limit)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)
