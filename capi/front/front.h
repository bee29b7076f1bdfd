/* Private declarations shared by the C front library's files (not
 * installed). The front owns: the public API symbols, the current thread
 * state of each OS thread, the immortal singletons and type objects, and
 * loading the engine. It must not hold Python state of its own beyond that:
 * interpreters and threads live in the engine's statestruct.Runtime. */
#ifndef SUBPY_FRONT_H
#define SUBPY_FRONT_H

#include "Python.h"
#include "engine_abi.h"

/* The engine's entry points, filled by subpy_engine() on first use. */
typedef struct subpy_engine_funcs {
#define SUBPY_FUNC_FIELD(ret, name, args) ret (*name) args;
    SUBPY_ENGINE_FUNCS(SUBPY_FUNC_FIELD)
#undef SUBPY_FUNC_FIELD
} subpy_engine_funcs;

/* Returns the engine, loading it on first use. `caller` names the API
 * function for the fatal error when loading fails or when the engine was
 * loaded before fork() in a parent process. */
const subpy_engine_funcs *subpy_engine(const char *caller);

/* The engine if it is loaded and usable in this process, else NULL; never
 * loads it. */
const subpy_engine_funcs *subpy_engine_if_loaded(void);

/* Loads the engine and reports failure as a PyStatus error instead of a
 * fatal error (used by the PyStatus-returning initialization functions). */
int subpy_engine_try_load(const subpy_engine_funcs **out, const char **why);

/* Where the engine stands in this process. Exported (with the subpy_front_
 * prefix, outside CPython's API) for tests and tools. */
#define SUBPY_ENGINE_NOT_LOADED 0
#define SUBPY_ENGINE_LOADED 1
#define SUBPY_ENGINE_LOADED_BEFORE_FORK 2 /* a child of a process that loaded it */
#define SUBPY_ENGINE_LOAD_FAILED 3
PyAPI_FUNC(int) subpy_front_engine_state(void);
/* The PyStatus texts of an engine status code; -1 for an unknown code. */
PyAPI_FUNC(int) subpy_front_status_text(int code, const char **func, const char **msg);

/* The thread state attached on this OS thread (front.c). */
PyThreadState *subpy_tstate_get(void);
void subpy_tstate_set(PyThreadState *tstate);
/* Py_FinalizeEx: every thread-local thread state of the runtime that just
 * ended becomes stale. */
void subpy_runtime_generation_bump(void);
/* config.c: locale decoding with surrogateescape (malloc'd). */
wchar_t *subpy_decode_locale(const char *s);
/* config.c: what Py_SetProgramName / Py_SetPythonHome remembered, as
 * malloc'd UTF-8 copies (NULL when unset). */
char *subpy_legacy_program_name(void);
char *subpy_legacy_home(void);
/* config.c: a deep copy of src into dst (which holds nothing to free). */
PyStatus subpy_config_copy(PyConfig *dst, const PyConfig *src);

/* signals.c: after a successful initialization (install: the config's
 * install_signal_handlers) and after finalization. */
void subpy_signals_initialized(int install);
void subpy_signals_finalized(void);
/* Remembers tstate as the one PyGILState uses on this thread. */
void subpy_gilstate_remember(PyThreadState *tstate);
/* Forgets the remembered tstate if it is tstate. */
void subpy_gilstate_forget(PyThreadState *tstate);

/* Fatal errors: print "Fatal Python error: func: msg" and abort. */
_Py_NO_RETURN void subpy_fatal(const char *func, const char *msg);
/* The wording CPython 3.13 uses when an API needs a thread state and the
 * calling thread has none. */
#define SUBPY_MSG_NO_TSTATE \
    "the function must be called with the GIL held, after Python " \
    "initialization and before Python finalization, but the GIL is " \
    "released (the current Python thread state is NULL)"

/* A thread state or interpreter the host passed in must still be alive
 * (engine_abi.h, SUBPY_STATE_LIVE); else a fatal error naming func. NULL
 * passes (the caller decides what NULL means). */
void subpy_check_tstate(const PyThreadState *t, const char *func);
void subpy_check_interp(const PyInterpreterState *interp, const char *func);

/* Returns the current thread state or dies with CPython's message. */
PyThreadState *subpy_tstate_require(const char *func);

/* The exported data objects (objects.c): X(cname, static index, type
 * index) for the type objects, then the objects. Each is defined under a
 * hidden name (subpy_h_<cname>) with the public name as an alias; the
 * front refers to the hidden names, never to the public ones, which
 * another library (libpython) may interpose. */
#define SUBPY_EXPORTED_TYPES(X) \
    X(PyType_Type, type) X(PyBaseObject_Type, object) X(PyBool_Type, bool) \
    X(PyLong_Type, int) X(PyFloat_Type, float) X(PyComplex_Type, complex) \
    X(PyUnicode_Type, str) X(PyBytes_Type, bytes) X(PyByteArray_Type, bytearray) \
    X(PyTuple_Type, tuple) X(PyList_Type, list) X(PyDict_Type, dict) X(PySet_Type, set) \
    X(PyFrozenSet_Type, frozenset) X(PyModule_Type, module) X(PySlice_Type, slice) \
    X(PyRange_Type, range) X(PyCFunction_Type, builtin_function_or_method) \
    X(PyCapsule_Type, PyCapsule)
#define SUBPY_EXPORTED_OBJECTS(X) \
    X(_Py_NoneStruct, None) X(_Py_NotImplementedStruct, NotImplemented) \
    X(_Py_TrueStruct, True) X(_Py_FalseStruct, False) X(_Py_EllipsisObject, Ellipsis)

#define SUBPY_HIDDEN __attribute__((visibility("hidden")))
#define SUBPY_DECLARE_TYPE(cname, sname) extern SUBPY_HIDDEN PyTypeObject subpy_h_##cname;
#define SUBPY_DECLARE_OBJECT(cname, sname) extern SUBPY_HIDDEN PyObject subpy_h_##cname;
SUBPY_EXPORTED_TYPES(SUBPY_DECLARE_TYPE)
SUBPY_EXPORTED_OBJECTS(SUBPY_DECLARE_OBJECT)
#undef SUBPY_DECLARE_TYPE
#undef SUBPY_DECLARE_OBJECT

/* The canonical address of an exported object: ours, or the copy a host
 * executable took of it by copy relocation (objects.c). What the front
 * returns to callers (PyBool_FromLong) and compares with. */
enum {
#define SUBPY_CANON_ENUM(cname, sname) SUBPY_CANON_##cname,
    SUBPY_EXPORTED_TYPES(SUBPY_CANON_ENUM)
    SUBPY_EXPORTED_OBJECTS(SUBPY_CANON_ENUM)
#undef SUBPY_CANON_ENUM
    SUBPY_CANON_COUNT
};
PyObject *subpy_canon(int index) SUBPY_HIDDEN;
#define SUBPY_CANON(name) subpy_canon(SUBPY_CANON_##name)
/* Whether o is our True/False/None (ours or the host's copy). */
int subpy_is_true_object(PyObject *o) SUBPY_HIDDEN;
int subpy_is_false_object(PyObject *o) SUBPY_HIDDEN;
int subpy_is_none_object(PyObject *o) SUBPY_HIDDEN;
/* The canonical address of static object i (SUBPY_STATIC_*). */
PyObject *subpy_static(int index) SUBPY_HIDDEN;
#define SUBPY_NONE() subpy_static(SUBPY_STATIC_None)
#define SUBPY_STATIC_TYPE(sname) ((PyTypeObject *)subpy_static(SUBPY_STATIC_##sname))

/* The front's own exception type objects (objects.c), for use inside the
 * front instead of the interposable PyExc_* variables. */
#define SUBPY_EXC(name) subpy_static(SUBPY_STATIC_##name)

/* The current thread state and the engine, for a function that needs
 * both (dies with CPython's message without a thread state). */
typedef struct subpy_call {
    PyThreadState *t;
    const subpy_engine_funcs *e;
} subpy_call;
subpy_call subpy_enter(const char *func) SUBPY_HIDDEN;
/* Shorthands for the engine's object entry points (objects.c). */
PyObject *subpy_op(const char *func, int op, PyObject *a, PyObject *b, PyObject *c, int64_t i) SUBPY_HIDDEN;
int subpy_iop(const char *func, int op, PyObject *a, PyObject *b, PyObject *c, int64_t i, int64_t *out) SUBPY_HIDDEN;
PyObject *subpy_new(const char *func, int kind, const char *s, int64_t n, int64_t i, double d, void *p, void *q) SUBPY_HIDDEN;
/* Inside the front, the public data names (used by the header macros:
 * Py_None, PyModule_Check's &PyModule_Type, PyExc_TypeError...) stand for
 * our own objects: in a CPython process the public names resolve to
 * libpython's. objects.c, which defines them, sees the real names. */
#ifndef SUBPY_FRONT_DEFINES_DATA
#undef Py_None
#define Py_None subpy_static(SUBPY_STATIC_None)
#undef Py_True
#define Py_True subpy_static(SUBPY_STATIC_True)
#undef Py_False
#define Py_False subpy_static(SUBPY_STATIC_False)
#undef Py_NotImplemented
#define Py_NotImplemented subpy_static(SUBPY_STATIC_NotImplemented)
#undef Py_Ellipsis
#define Py_Ellipsis subpy_static(SUBPY_STATIC_Ellipsis)
#define PyType_Type (*SUBPY_STATIC_TYPE(type))
#define PyBaseObject_Type (*SUBPY_STATIC_TYPE(object))
#define PyBool_Type (*SUBPY_STATIC_TYPE(bool))
#define PyLong_Type (*SUBPY_STATIC_TYPE(int))
#define PyFloat_Type (*SUBPY_STATIC_TYPE(float))
#define PyComplex_Type (*SUBPY_STATIC_TYPE(complex))
#define PyUnicode_Type (*SUBPY_STATIC_TYPE(str))
#define PyBytes_Type (*SUBPY_STATIC_TYPE(bytes))
#define PyByteArray_Type (*SUBPY_STATIC_TYPE(bytearray))
#define PyTuple_Type (*SUBPY_STATIC_TYPE(tuple))
#define PyList_Type (*SUBPY_STATIC_TYPE(list))
#define PyDict_Type (*SUBPY_STATIC_TYPE(dict))
#define PySet_Type (*SUBPY_STATIC_TYPE(set))
#define PyFrozenSet_Type (*SUBPY_STATIC_TYPE(frozenset))
#define PyModule_Type (*SUBPY_STATIC_TYPE(module))
#define PySlice_Type (*SUBPY_STATIC_TYPE(slice))
#define PyRange_Type (*SUBPY_STATIC_TYPE(range))
#define PyCFunction_Type (*SUBPY_STATIC_TYPE(builtin_function_or_method))
#define PyCapsule_Type (*SUBPY_STATIC_TYPE(PyCapsule))
#define PyExc_BaseException SUBPY_EXC(BaseException)
#define PyExc_Exception SUBPY_EXC(Exception)
#define PyExc_SystemExit SUBPY_EXC(SystemExit)
#define PyExc_KeyboardInterrupt SUBPY_EXC(KeyboardInterrupt)
#define PyExc_GeneratorExit SUBPY_EXC(GeneratorExit)
#define PyExc_StopIteration SUBPY_EXC(StopIteration)
#define PyExc_StopAsyncIteration SUBPY_EXC(StopAsyncIteration)
#define PyExc_ArithmeticError SUBPY_EXC(ArithmeticError)
#define PyExc_OverflowError SUBPY_EXC(OverflowError)
#define PyExc_ZeroDivisionError SUBPY_EXC(ZeroDivisionError)
#define PyExc_FloatingPointError SUBPY_EXC(FloatingPointError)
#define PyExc_AssertionError SUBPY_EXC(AssertionError)
#define PyExc_LookupError SUBPY_EXC(LookupError)
#define PyExc_IndexError SUBPY_EXC(IndexError)
#define PyExc_KeyError SUBPY_EXC(KeyError)
#define PyExc_AttributeError SUBPY_EXC(AttributeError)
#define PyExc_EOFError SUBPY_EXC(EOFError)
#define PyExc_ImportError SUBPY_EXC(ImportError)
#define PyExc_ModuleNotFoundError SUBPY_EXC(ModuleNotFoundError)
#define PyExc_MemoryError SUBPY_EXC(MemoryError)
#define PyExc_NameError SUBPY_EXC(NameError)
#define PyExc_UnboundLocalError SUBPY_EXC(UnboundLocalError)
#define PyExc_OSError SUBPY_EXC(OSError)
#define PyExc_RuntimeError SUBPY_EXC(RuntimeError)
#define PyExc_RecursionError SUBPY_EXC(RecursionError)
#define PyExc_NotImplementedError SUBPY_EXC(NotImplementedError)
#define PyExc_SyntaxError SUBPY_EXC(SyntaxError)
#define PyExc_IndentationError SUBPY_EXC(IndentationError)
#define PyExc_SystemError SUBPY_EXC(SystemError)
#define PyExc_TypeError SUBPY_EXC(TypeError)
#define PyExc_ValueError SUBPY_EXC(ValueError)
#define PyExc_UnicodeError SUBPY_EXC(UnicodeError)
#define PyExc_UnicodeDecodeError SUBPY_EXC(UnicodeDecodeError)
#define PyExc_UnicodeEncodeError SUBPY_EXC(UnicodeEncodeError)
#define PyExc_BufferError SUBPY_EXC(BufferError)
#define PyExc_ReferenceError SUBPY_EXC(ReferenceError)
#define PyExc_BaseExceptionGroup SUBPY_EXC(BaseExceptionGroup)
#define PyExc_ExceptionGroup SUBPY_EXC(ExceptionGroup)
#define PyExc_Warning SUBPY_EXC(Warning)
#define PyExc_UserWarning SUBPY_EXC(UserWarning)
#define PyExc_DeprecationWarning SUBPY_EXC(DeprecationWarning)
#define PyExc_RuntimeWarning SUBPY_EXC(RuntimeWarning)
#endif

/* Fill the object and thread-state parts of the table the engine receives
 * at load (objects.c, modsupport.c, pystate.c). */
void subpy_objects_fill_table(subpy_front_table *table) SUBPY_HIDDEN;
void subpy_modsupport_fill_table(subpy_front_table *table) SUBPY_HIDDEN;
void subpy_pystate_fill_table(subpy_front_table *table) SUBPY_HIDDEN;

/* NULL arguments the C API rejects: SystemError "bad argument to internal
 * function", as CPython's PyErr_BadInternalCall. */
#define SUBPY_BADCALL(value) (PyErr_BadInternalCall(), (value))

/* run.c: runs len bytes of src in __main__ of the current thread state's
 * interpreter (func names the API function for fatal errors; flags:
 * SUBPY_RUN_SET_FILE). Returns SUBPY_RUN_DONE, SUBPY_RUN_FAILED (the
 * traceback was printed) or SUBPY_RUN_EXIT (SystemExit); *exit_code (may
 * be NULL) is the status a launcher exits with: 0, 1, or SystemExit's. */
int subpy_run_source(const char *func, const char *src, size_t len, const char *filename, int flags,
                     int *exit_code) SUBPY_HIDDEN;
/* run.c: reads a stream to its end into a malloc'd buffer; -1 on a read
 * error or when out of memory. */
int subpy_read_stream(FILE *fp, char **out, size_t *out_len) SUBPY_HIDDEN;

/* Raises type(msg) (type() when msg is NULL) on the current thread. */
void subpy_err_set(PyObject *type, const char *msg);
/* Raises NotImplementedError naming an API function subpy lacks. */
void subpy_err_no_engine(const char *func);

#endif
