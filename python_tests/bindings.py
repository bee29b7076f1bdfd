"""libsubpy.so seen from Python, through ctypes or cffi, behind one interface.

Only CPython's documented C API is used. PyStatus and PyInterpreterConfig are
declared with CPython 3.13's exact layout (ctypes users build them); PyConfig
is only source-compatible, so it lives in an opaque, generously sized and
aligned buffer filled by PyConfig_Init*Config.

Thread states are handed around as plain integers (0 for NULL).
"""
import ctypes

import hostenv

# Larger than any PyConfig (CPython 3.13's is under 500 bytes), 8-aligned.
PYCONFIG_BUFFER_WORDS = 1024

INTERPRETER_CONFIG_FIELDS = ("use_main_obmalloc", "allow_fork", "allow_exec", "allow_threads",
                             "allow_daemon_threads", "check_multi_interp_extensions", "gil")
OWN_GIL = 2
# _PyInterpreterConfig_INIT of CPython 3.13: an isolated interpreter.
ISOLATED_INTERPRETER = dict(use_main_obmalloc=0, allow_fork=0, allow_exec=0, allow_threads=1,
                            allow_daemon_threads=0, check_multi_interp_extensions=1, gil=OWN_GIL)


class PyStatus(ctypes.Structure):
    _fields_ = [("_type", ctypes.c_int), ("func", ctypes.c_char_p),
                ("err_msg", ctypes.c_char_p), ("exitcode", ctypes.c_int)]


class PyInterpreterConfig(ctypes.Structure):
    _fields_ = [(name, ctypes.c_int) for name in INTERPRETER_CONFIG_FIELDS]


def status_tuple_ctypes(status):
    """(type, func, err_msg, exitcode), strings decoded, None for NULL."""
    decode = lambda raw: raw.decode() if raw is not None else None
    return (status._type, decode(status.func), decode(status.err_msg), status.exitcode)


# name: (restype, argtypes) for ctypes; the cffi declarations below match.
CTYPES_SIGNATURES = {
    "Py_IsInitialized": (ctypes.c_int, []),
    "Py_IsFinalizing": (ctypes.c_int, []),
    "Py_GetVersion": (ctypes.c_char_p, []),
    "Py_Initialize": (None, []),
    "Py_InitializeEx": (None, [ctypes.c_int]),
    "Py_InitializeFromConfig": (PyStatus, [ctypes.c_void_p]),
    "Py_FinalizeEx": (ctypes.c_int, []),
    "PyConfig_InitPythonConfig": (None, [ctypes.c_void_p]),
    "PyConfig_InitIsolatedConfig": (None, [ctypes.c_void_p]),
    "PyConfig_Clear": (None, [ctypes.c_void_p]),
    "PyStatus_Error": (PyStatus, [ctypes.c_char_p]),
    "PyStatus_Exit": (PyStatus, [ctypes.c_int]),
    "PyStatus_Ok": (PyStatus, []),
    "PyStatus_Exception": (ctypes.c_int, [PyStatus]),
    "Py_NewInterpreterFromConfig": (PyStatus, [ctypes.POINTER(ctypes.c_void_p),
                                               ctypes.POINTER(PyInterpreterConfig)]),
    "Py_NewInterpreter": (ctypes.c_void_p, []),
    "Py_EndInterpreter": (None, [ctypes.c_void_p]),
    "PyThreadState_Get": (ctypes.c_void_p, []),
    "PyThreadState_GetUnchecked": (ctypes.c_void_p, []),
    "PyThreadState_Swap": (ctypes.c_void_p, [ctypes.c_void_p]),
    "PyThreadState_GetInterpreter": (ctypes.c_void_p, [ctypes.c_void_p]),
    "PyInterpreterState_GetID": (ctypes.c_int64, [ctypes.c_void_p]),
    "PyInterpreterState_Main": (ctypes.c_void_p, []),
    "PyEval_SaveThread": (ctypes.c_void_p, []),
    "PyEval_RestoreThread": (None, [ctypes.c_void_p]),
    "PyGILState_Ensure": (ctypes.c_int, []),
    "PyGILState_Release": (None, [ctypes.c_int]),
    "PyGILState_Check": (ctypes.c_int, []),
    "PyBool_FromLong": (ctypes.c_void_p, [ctypes.c_long]),
}

CFFI_DECLARATIONS = """
typedef struct {
    enum { _PyStatus_TYPE_OK = 0, _PyStatus_TYPE_ERROR = 1, _PyStatus_TYPE_EXIT = 2 } _type;
    const char *func;
    const char *err_msg;
    int exitcode;
} PyStatus;
typedef struct {
    int use_main_obmalloc;
    int allow_fork;
    int allow_exec;
    int allow_threads;
    int allow_daemon_threads;
    int check_multi_interp_extensions;
    int gil;
} PyInterpreterConfig;
typedef struct _ts PyThreadState;
typedef struct _is PyInterpreterState;
typedef struct PyConfig PyConfig;

int Py_IsInitialized(void);
int Py_IsFinalizing(void);
const char *Py_GetVersion(void);
void Py_Initialize(void);
void Py_InitializeEx(int);
PyStatus Py_InitializeFromConfig(const PyConfig *);
int Py_FinalizeEx(void);
void PyConfig_InitPythonConfig(PyConfig *);
void PyConfig_InitIsolatedConfig(PyConfig *);
void PyConfig_Clear(PyConfig *);
PyStatus PyStatus_Error(const char *);
PyStatus PyStatus_Exit(int);
PyStatus PyStatus_Ok(void);
int PyStatus_Exception(PyStatus);
PyStatus Py_NewInterpreterFromConfig(PyThreadState **, const PyInterpreterConfig *);
PyThreadState *Py_NewInterpreter(void);
void Py_EndInterpreter(PyThreadState *);
PyThreadState *PyThreadState_Get(void);
PyThreadState *PyThreadState_GetUnchecked(void);
PyThreadState *PyThreadState_Swap(PyThreadState *);
PyInterpreterState *PyThreadState_GetInterpreter(PyThreadState *);
int64_t PyInterpreterState_GetID(PyInterpreterState *);
PyInterpreterState *PyInterpreterState_Main(void);
PyThreadState *PyEval_SaveThread(void);
void PyEval_RestoreThread(PyThreadState *);
int PyGILState_Ensure(void);
void PyGILState_Release(int);
int PyGILState_Check(void);
void *PyBool_FromLong(long);
"""


class CtypesRuntime:
    """libsubpy.so through ctypes.CDLL (the GIL of the host is released
    around each call, so Python threads really run in parallel in it)."""

    def __init__(self, path=hostenv.FRONT_LIB, mode=ctypes.DEFAULT_MODE):
        self.lib = ctypes.CDLL(path, mode=mode)
        for name, (restype, argtypes) in CTYPES_SIGNATURES.items():
            function = getattr(self.lib, name)
            function.restype = restype
            function.argtypes = argtypes

    def call(self, name, *args):
        result = getattr(self.lib, name)(*args)
        if isinstance(result, PyStatus):
            return status_tuple_ctypes(result)
        return result

    def pointer(self, name, *args):
        """Calls a function returning a pointer: the address, 0 for NULL."""
        return self.call(name, *args) or 0

    def version(self):
        return self.call("Py_GetVersion").decode()

    def initialize_from_config(self, isolated=True):
        config = (ctypes.c_uint64 * PYCONFIG_BUFFER_WORDS)()
        self.call("PyConfig_InitIsolatedConfig" if isolated else "PyConfig_InitPythonConfig",
                  config)
        try:
            return self.call("Py_InitializeFromConfig", config)
        finally:
            self.call("PyConfig_Clear", config)

    def new_interpreter(self, **config):
        """Py_NewInterpreterFromConfig: (status tuple, thread state)."""
        tstate = ctypes.c_void_p()
        settings = PyInterpreterConfig(**dict(ISOLATED_INTERPRETER, **config))
        status = self.call("Py_NewInterpreterFromConfig", ctypes.byref(tstate),
                           ctypes.byref(settings))
        return status, tstate.value or 0

    def interpreter_id(self, tstate):
        return self.call("PyInterpreterState_GetID",
                         self.pointer("PyThreadState_GetInterpreter", tstate))

    def own_data_address(self, name):
        """Where this library defines a data symbol (dlsym on its handle)."""
        return data_address(self.lib, name)


def data_address(library, name):
    return ctypes.addressof(ctypes.c_char.in_dll(library, name))


class CffiRuntime:
    """libsubpy.so through cffi's ABI mode (ffi.dlopen)."""

    def __init__(self, path=hostenv.FRONT_LIB):
        import cffi

        self.path = path
        self.ffi = cffi.FFI()
        self.ffi.cdef(CFFI_DECLARATIONS)
        self.lib = self.ffi.dlopen(path)

    def status_tuple(self, status):
        text = lambda raw: self.ffi.string(raw).decode() if raw != self.ffi.NULL else None
        return (int(status._type), text(status.func), text(status.err_msg),
                int(status.exitcode))

    def call(self, name, *args):
        function = getattr(self.lib, name)
        # Integers stand for pointers (thread states): cast them to the
        # parameter's pointer type.
        parameters = self.ffi.typeof(function).args
        converted = [self.ffi.cast(kind, arg) if kind.kind == "pointer" and isinstance(arg, int)
                     else arg for kind, arg in zip(parameters, args)]
        result = function(*converted)
        if isinstance(result, self.ffi.CData):
            kind = self.ffi.typeof(result)
            if kind.kind == "struct":
                return self.status_tuple(result)
            if kind.kind == "pointer":
                return int(self.ffi.cast("uintptr_t", result))
        return result

    def pointer(self, name, *args):
        return self.call(name, *args) or 0

    def version(self):
        return self.ffi.string(self.lib.Py_GetVersion()).decode()

    def initialize_from_config(self, isolated=True):
        storage = self.ffi.new("uint64_t[]", PYCONFIG_BUFFER_WORDS)  # owns the memory
        config = self.ffi.cast("PyConfig *", storage)
        init = (self.lib.PyConfig_InitIsolatedConfig if isolated
                else self.lib.PyConfig_InitPythonConfig)
        init(config)
        try:
            return self.status_tuple(self.lib.Py_InitializeFromConfig(config))
        finally:
            self.lib.PyConfig_Clear(config)

    def own_data_address(self, name):
        # dlopen of a loaded library returns the same handle: ctypes can
        # look the symbol up in it without changing how cffi loaded it.
        return data_address(ctypes.CDLL(self.path), name)

    def new_interpreter(self, **config):
        tstate = self.ffi.new("PyThreadState **")
        settings = self.ffi.new("PyInterpreterConfig *", dict(ISOLATED_INTERPRETER, **config))
        status = self.status_tuple(self.lib.Py_NewInterpreterFromConfig(tstate, settings))
        return status, int(self.ffi.cast("uintptr_t", tstate[0]))

    def interpreter_id(self, tstate):
        return self.call("PyInterpreterState_GetID",
                         self.pointer("PyThreadState_GetInterpreter", tstate))


def load(binding):
    """binding: "ctypes" (default dlopen mode), "ctypes-global"
    (RTLD_GLOBAL) or "cffi"."""
    if binding == "ctypes":
        return CtypesRuntime()
    if binding == "ctypes-global":
        return CtypesRuntime(mode=ctypes.RTLD_GLOBAL)
    if binding == "cffi":
        return CffiRuntime()
    raise ValueError("unknown binding %r" % binding)


def host_runtime():
    """The running CPython's own API (libpython or the executable), for the
    answers to compare with: ctypes.pythonapi keeps the GIL during calls."""
    api = ctypes.pythonapi
    api.Py_IsInitialized.restype = ctypes.c_int
    api.Py_GetVersion.restype = ctypes.c_char_p
    for name, argtypes in (("PyStatus_Error", [ctypes.c_char_p]),
                           ("PyStatus_Exit", [ctypes.c_int])):
        getattr(api, name).restype = PyStatus
        getattr(api, name).argtypes = argtypes
    return api


# The object layer (docs/capi-objects.md): enough of it to run code and
# look at the results through ctypes. Objects are plain addresses (0 for
# NULL); the same signatures serve libsubpy.so and the host CPython's own
# API (ctypes.pythonapi), so a scenario can ask both the same questions.
_P = ctypes.c_void_p
OBJECT_SIGNATURES = {
    "PyRun_String": (_P, [ctypes.c_char_p, ctypes.c_int, _P, _P]),
    "Py_CompileString": (_P, [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int]),
    "PyEval_EvalCode": (_P, [_P, _P, _P]),
    "PyDict_New": (_P, []),
    "PyDict_GetItemString": (_P, [_P, ctypes.c_char_p]),
    "PyDict_SetItemString": (ctypes.c_int, [_P, ctypes.c_char_p, _P]),
    "PyDict_Size": (ctypes.c_ssize_t, [_P]),
    "PyLong_FromLong": (_P, [ctypes.c_long]),
    "PyLong_AsLong": (ctypes.c_long, [_P]),
    "PyFloat_AsDouble": (ctypes.c_double, [_P]),
    "PyUnicode_FromString": (_P, [ctypes.c_char_p]),
    "PyUnicode_AsUTF8": (ctypes.c_char_p, [_P]),
    "PyObject_Repr": (_P, [_P]),
    "PyObject_Str": (_P, [_P]),
    "PyObject_GetAttrString": (_P, [_P, ctypes.c_char_p]),
    "PyObject_CallObject": (_P, [_P, _P]),
    "PyTuple_GetItem": (_P, [_P, ctypes.c_ssize_t]),
    "PyList_Size": (ctypes.c_ssize_t, [_P]),
    "PyImport_ImportModule": (_P, [ctypes.c_char_p]),
    "PyModule_GetName": (ctypes.c_char_p, [_P]),
    "PyErr_Occurred": (_P, []),
    "PyErr_Clear": (None, []),
    "PyErr_GetRaisedException": (_P, []),
    "Py_IncRef": (None, [_P]),
    "Py_DecRef": (None, [_P]),
}


def object_api(library):
    """Declares the object-layer functions on a ctypes library (ours or
    ctypes.pythonapi) and returns it."""
    for name, (restype, argtypes) in OBJECT_SIGNATURES.items():
        function = getattr(library, name)
        function.restype = restype
        function.argtypes = argtypes
    return library


def data_pointer(library, name):
    """The value of a PyObject * data symbol (PyExc_ValueError...)."""
    return ctypes.c_void_p.in_dll(library, name).value
