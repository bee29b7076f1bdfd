"""libsubpy.so loaded into a running CPython: its data symbols must bind to
its own objects, not to libpython's (issue 2, item 7).

Run by `make ctests` under several interpreters:
    python3.13 / python3.11 interpose.py LIB ctypes           (RTLD_LOCAL)
    python3.13 / python3.11 interpose.py LIB ctypes-global    (RTLD_GLOBAL)
    /usr/bin/python3        interpose.py LIB cffi
Each check prints one line; exit status 1 if any fails. Only what needs no
engine and no initialization is asked, plus Py_IsInitialized, whose answer
differs between the two runtimes."""
import ctypes
import sys

lib_path, mode = sys.argv[1], sys.argv[2]
failed = []


def check(what, cond):
    print(("ok   " if cond else "FAIL ") + what, flush=True)
    if not cond:
        failed.append(what)


if mode == "cffi":
    import cffi

    ffi = cffi.FFI()
    ffi.cdef("void *PyBool_FromLong(long); int PyObject_IsTrue(void *);"
             "int Py_IsInitialized(void);"
             "extern char _Py_TrueStruct[16]; extern char _Py_FalseStruct[16];"
             "extern char _Py_NoneStruct[16]; extern char PyBool_Type[16];")
    lib = ffi.dlopen(lib_path)

    def addr(name):
        return int(ffi.cast("uintptr_t", ffi.addressof(lib, name)))

    def bool_from_long(v):
        return int(ffi.cast("uintptr_t", lib.PyBool_FromLong(v)))

    def is_true(p):
        return lib.PyObject_IsTrue(ffi.cast("void *", p))

    initialized = lib.Py_IsInitialized
else:
    flags = ctypes.RTLD_GLOBAL if mode == "ctypes-global" else ctypes.RTLD_LOCAL
    lib = ctypes.CDLL(lib_path, mode=flags)
    lib.PyBool_FromLong.restype = ctypes.c_void_p
    lib.PyBool_FromLong.argtypes = [ctypes.c_long]
    lib.PyObject_IsTrue.argtypes = [ctypes.c_void_p]
    lib.PyObject_IsTrue.restype = ctypes.c_int

    def addr(name):
        return ctypes.addressof(ctypes.c_char.in_dll(lib, name))

    bool_from_long = lib.PyBool_FromLong
    is_true = lib.PyObject_IsTrue
    initialized = lib.Py_IsInitialized

prefix = "%s %s: " % (sys.version.split()[0], mode)
true_p, false_p, none_p = addr("_Py_TrueStruct"), addr("_Py_FalseStruct"), addr("_Py_NoneStruct")
check(prefix + "PyBool_FromLong(1) is not CPython's True", bool_from_long(1) != id(True))
check(prefix + "PyBool_FromLong(1) is our _Py_TrueStruct", bool_from_long(1) == true_p)
check(prefix + "PyBool_FromLong(0) is our _Py_FalseStruct", bool_from_long(0) == false_p)
ob_type = ctypes.c_void_p.from_address(true_p + 8).value
check(prefix + "our True's ob_type is our PyBool_Type", ob_type == addr("PyBool_Type"))
check(prefix + "our True's ob_type is not CPython's bool", ob_type != id(bool))
check(prefix + "PyObject_IsTrue(our True) == 1", is_true(true_p) == 1)
check(prefix + "PyObject_IsTrue(our None) == 0", is_true(none_p) == 0)
check(prefix + "PyObject_IsTrue(our False) == 0", is_true(false_p) == 0)
check(prefix + "Py_IsInitialized() is ours (0), not CPython's", initialized() == 0)
sys.exit(1 if failed else 0)
