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

/* Hidden aliases of the exported data objects (objects.c). The front refers
 * to these, never to the public names, which another library (libpython)
 * may interpose. */
#define SUBPY_HIDDEN __attribute__((visibility("hidden")))
extern SUBPY_HIDDEN PyTypeObject subpy_h_PyType_Type, subpy_h_PyBaseObject_Type,
    subpy_h_PyBool_Type, subpy_h_PyLong_Type, subpy_h_PyUnicode_Type, subpy_h_PyDict_Type,
    subpy_h_PyModule_Type;
extern SUBPY_HIDDEN PyObject subpy_h__Py_NoneStruct, subpy_h__Py_NotImplementedStruct,
    subpy_h__Py_TrueStruct, subpy_h__Py_FalseStruct;

/* The canonical address of an exported object: ours, or the copy a host
 * executable took of it by copy relocation (objects.c). What the front
 * returns to callers (PyBool_FromLong) and compares with. */
enum {
    SUBPY_CANON_PyType_Type, SUBPY_CANON_PyBaseObject_Type, SUBPY_CANON_PyBool_Type,
    SUBPY_CANON_PyLong_Type, SUBPY_CANON_PyUnicode_Type, SUBPY_CANON_PyDict_Type,
    SUBPY_CANON_PyModule_Type, SUBPY_CANON__Py_NoneStruct, SUBPY_CANON__Py_NotImplementedStruct,
    SUBPY_CANON__Py_TrueStruct, SUBPY_CANON__Py_FalseStruct, SUBPY_CANON_COUNT
};
PyObject *subpy_canon(int index) SUBPY_HIDDEN;
#define SUBPY_CANON(name) subpy_canon(SUBPY_CANON_##name)
/* Whether o is our True/False/None (ours or the host's copy). */
int subpy_is_true_object(PyObject *o) SUBPY_HIDDEN;
int subpy_is_false_object(PyObject *o) SUBPY_HIDDEN;
int subpy_is_none_object(PyObject *o) SUBPY_HIDDEN;

/* The front's own exception type objects (objects.c), for use inside the
 * front instead of the interposable PyExc_* variables. */
extern PyTypeObject exc_type_NotImplementedError, exc_type_MemoryError, exc_type_KeyboardInterrupt,
    exc_type_SystemError, exc_type_RuntimeError;
#define SUBPY_EXC(name) ((PyObject *)&exc_type_##name)

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

/* Sets the provisional error indicator of the current thread state. */
void subpy_err_set(PyObject *type, const char *msg);
/* The error every engine-backed API reports until issue 5 lands. */
void subpy_err_no_engine(const char *func);

#endif
