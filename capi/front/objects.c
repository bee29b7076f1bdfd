/* The data symbols (immortal singletons, type objects, exception types),
 * reference counting entry points, the error indicator, and the functions
 * that need the execution engine (issue 5).
 *
 * Until the engine exists, each of those sets NotImplementedError naming
 * itself and returns its error value (NULL or -1), as the C API reports any
 * failure: never a missing symbol, never a crash. The error indicator is
 * kept in the thread state as a type and a message. */
#include "front.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Data symbols and interposition.
 *
 * Every exported data object (the type objects and the singletons) is
 * defined under its public name and has a hidden alias (subpy_h_<name>,
 * front.h). Code and static initializers inside the front refer only to the
 * hidden aliases, so they bind to our own objects even where the public name
 * is interposed: loaded into a CPython process (ctypes, cffi), libpython's
 * _Py_TrueStruct, PyBool_Type, ... come first in the global scope, and a
 * GOT or R_X86_64_64 reference to the public name would reach them.
 *
 * The one exception is a host executable that took copy relocations of our
 * symbols: its copy is then the canonical object (`Py_True` in the host is
 * the copy's address). subpy_canon() finds out at load which case
 * holds, once per symbol (see resolve_canonical below), and the functions
 * that return or compare singletons go through it. */

#define STATIC_TYPE_INIT(pyname) \
    { \
        .ob_base = { .ob_base = { .ob_refcnt = _Py_IMMORTAL_REFCNT, .ob_type = &subpy_h_PyType_Type } }, \
        .tp_name = pyname, \
        .tp_basicsize = sizeof(PyObject), \
    }
/* A statically allocated immortal type object named `pyname`. */
#define STATIC_TYPE(cname, pyname) PyTypeObject cname = STATIC_TYPE_INIT(pyname);
/* An exported type object: defined under its hidden name, exported under
 * the public one (an alias: one object, two names). Not the other way
 * round: the assembler turns a reference to an alias into one to its
 * target, and references to the hidden name must stay local. */
#define EXPORTED_TYPE(cname, pyname) \
    PyTypeObject subpy_h_##cname = STATIC_TYPE_INIT(pyname); \
    extern PyTypeObject cname __attribute__((alias("subpy_h_" #cname)));

EXPORTED_TYPE(PyType_Type, "type")
EXPORTED_TYPE(PyBaseObject_Type, "object")
EXPORTED_TYPE(PyBool_Type, "bool")
EXPORTED_TYPE(PyLong_Type, "int")
EXPORTED_TYPE(PyUnicode_Type, "str")
EXPORTED_TYPE(PyDict_Type, "dict")
EXPORTED_TYPE(PyModule_Type, "module")
static STATIC_TYPE(none_type, "NoneType")
static STATIC_TYPE(not_implemented_type, "NotImplementedType")

#define IMMORTAL(type) { .ob_refcnt = _Py_IMMORTAL_REFCNT, .ob_type = (type) }
#define EXPORTED_OBJECT(cname, type) \
    PyObject subpy_h_##cname = IMMORTAL(type); \
    extern PyObject cname __attribute__((alias("subpy_h_" #cname)));
EXPORTED_OBJECT(_Py_NoneStruct, &none_type)
EXPORTED_OBJECT(_Py_NotImplementedStruct, &not_implemented_type)
EXPORTED_OBJECT(_Py_TrueStruct, &subpy_h_PyBool_Type)
EXPORTED_OBJECT(_Py_FalseStruct, &subpy_h_PyBool_Type)

/* --- canonical addresses -------------------------------------------------- */

/* The exported objects, in subpy_canon's index order: our own object
 * (hidden alias: never interposed), the address the public name resolves to
 * in this process (a GOT load: interposable), the object's type's index (-1:
 * a type of our own that is not exported, kept as it is), and its size. */
#define CANON_OBJECTS(X) \
    X(PyType_Type, SUBPY_CANON_PyType_Type) \
    X(PyBaseObject_Type, SUBPY_CANON_PyType_Type) \
    X(PyBool_Type, SUBPY_CANON_PyType_Type) \
    X(PyLong_Type, SUBPY_CANON_PyType_Type) \
    X(PyUnicode_Type, SUBPY_CANON_PyType_Type) \
    X(PyDict_Type, SUBPY_CANON_PyType_Type) \
    X(PyModule_Type, SUBPY_CANON_PyType_Type) \
    X(_Py_NoneStruct, -1) \
    X(_Py_NotImplementedStruct, -1) \
    X(_Py_TrueStruct, SUBPY_CANON_PyBool_Type) \
    X(_Py_FalseStruct, SUBPY_CANON_PyBool_Type)

/* The canonical address of each exported object, set once by the
 * constructor below before any API call can run, then read-only. */
static PyObject *canon[SUBPY_CANON_COUNT];

PyObject *subpy_canon(int index)
{
    return canon[index];
}

/* The address the dynamic linker bound the public name to: the public name
 * is preemptible (default visibility, and -Bsymbolic-functions binds only
 * functions), so this is a load from the GOT. */
#define PUBLIC_ADDRESS(cname) ((void *)&cname)

/* For each exported object: if the public name resolves to a copy the
 * executable made of ours (a copy relocation: same bytes as ours, in another
 * place), that copy is canonical and is what a host compares with; if it
 * resolves to ours, ours is; if it resolves to another library's object of
 * the same name (libpython, when we are loaded into CPython), that object is
 * not ours and ours stays canonical. The bytes tell a copy from libpython's
 * object: a copy's ob_type and tp_name point into this library.
 * Then every object's ob_type (ours and the copies) is pointed at the
 * canonical type, so that Py_TYPE(Py_True) == &PyBool_Type holds in a host
 * that took copies of both. Runs after all relocations (copy relocations
 * included) and before the host's main(). */
static void set_private_types_type(PyTypeObject *type_type);

__attribute__((constructor)) static void resolve_canonical(void)
{
    struct entry {
        PyObject *ours;
        PyObject *resolved;
        int type_index;
        size_t size;
    } entries[SUBPY_CANON_COUNT] = {
#define CANON_ENTRY(cname, type_index) \
        [SUBPY_CANON_##cname] = { (PyObject *)&subpy_h_##cname, \
                                  (PyObject *)PUBLIC_ADDRESS(cname), \
                                  type_index, sizeof subpy_h_##cname },
        CANON_OBJECTS(CANON_ENTRY)
#undef CANON_ENTRY
    };
    for (int i = 0; i < SUBPY_CANON_COUNT; i++) {
        struct entry *e = &entries[i];
        int is_copy = e->resolved != e->ours && memcmp(e->resolved, e->ours, e->size) == 0;
        canon[i] = is_copy ? e->resolved : e->ours;
    }
    for (int i = 0; i < SUBPY_CANON_COUNT; i++) {
        struct entry *e = &entries[i];
        if (e->type_index < 0) {
            continue;
        }
        PyTypeObject *type = (PyTypeObject *)canon[e->type_index];
        e->ours->ob_type = type;
        if (canon[i] != e->ours) {
            canon[i]->ob_type = type;
        }
    }
    set_private_types_type((PyTypeObject *)canon[SUBPY_CANON_PyType_Type]);
}

int subpy_is_true_object(PyObject *o)
{
    return o == &subpy_h__Py_TrueStruct || o == SUBPY_CANON(_Py_TrueStruct);
}

int subpy_is_false_object(PyObject *o)
{
    return o == &subpy_h__Py_FalseStruct || o == SUBPY_CANON(_Py_FalseStruct);
}

int subpy_is_none_object(PyObject *o)
{
    return o == &subpy_h__Py_NoneStruct || o == SUBPY_CANON(_Py_NoneStruct);
}

/* The exception types: name and base, in hierarchy order (a base before
 * its subclasses). */
#define EXCEPTIONS(X) \
    X(BaseException, NULL) \
    X(Exception, BaseException) \
    X(SystemExit, BaseException) \
    X(KeyboardInterrupt, BaseException) \
    X(StopIteration, Exception) \
    X(ArithmeticError, Exception) \
    X(OverflowError, ArithmeticError) \
    X(ZeroDivisionError, ArithmeticError) \
    X(LookupError, Exception) \
    X(IndexError, LookupError) \
    X(KeyError, LookupError) \
    X(AttributeError, Exception) \
    X(EOFError, Exception) \
    X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) \
    X(MemoryError, Exception) \
    X(NameError, Exception) \
    X(OSError, Exception) \
    X(RuntimeError, Exception) \
    X(RecursionError, RuntimeError) \
    X(NotImplementedError, RuntimeError) \
    X(SyntaxError, Exception) \
    X(SystemError, Exception) \
    X(TypeError, Exception) \
    X(ValueError, Exception)

/* Not static: front.h's SUBPY_EXC names them. Inside the front we use
 * these objects, never the exported PyExc_* variables, which a CPython
 * process would interpose with its own. Hidden (-fvisibility=hidden). */
#define DEFINE_EXC_TYPE(name, base) STATIC_TYPE(exc_type_##name, #name)
EXCEPTIONS(DEFINE_EXC_TYPE)
#define DEFINE_EXC_POINTER(name, base) PyObject *PyExc_##name = (PyObject *)&exc_type_##name;
EXCEPTIONS(DEFINE_EXC_POINTER)

/* Each exception type's base, for PyErr_GivenExceptionMatches. */
static const struct {
    const PyTypeObject *type;
    const PyTypeObject *base;
} exception_bases[] = {
#define EXC_BASE_ENTRY(name, base) { &exc_type_##name, BASE_PTR_##base },
#define BASE_PTR_NULL NULL
#define BASE_PTR_BaseException &exc_type_BaseException
#define BASE_PTR_Exception &exc_type_Exception
#define BASE_PTR_ArithmeticError &exc_type_ArithmeticError
#define BASE_PTR_LookupError &exc_type_LookupError
#define BASE_PTR_ImportError &exc_type_ImportError
#define BASE_PTR_RuntimeError &exc_type_RuntimeError
    EXCEPTIONS(EXC_BASE_ENTRY)
};

/* The type objects that are not exported get the canonical `type` as their
 * type (resolve_canonical). */
static void set_private_types_type(PyTypeObject *type_type)
{
    for (size_t i = 0; i < sizeof exception_bases / sizeof exception_bases[0]; i++) {
        ((PyTypeObject *)exception_bases[i].type)->ob_base.ob_base.ob_type = type_type;
    }
    none_type.ob_base.ob_base.ob_type = type_type;
    not_implemented_type.ob_base.ob_base.ob_type = type_type;
}

static const PyTypeObject *base_of(const PyTypeObject *type)
{
    for (size_t i = 0; i < sizeof exception_bases / sizeof exception_bases[0]; i++) {
        if (exception_bases[i].type == type) {
            return exception_bases[i].base;
        }
    }
    return NULL;
}

/* --- reference counting -------------------------------------------------- */

void _Py_Dealloc(PyObject *op)
{
    destructor dealloc = Py_TYPE(op)->tp_dealloc;
    if (dealloc == NULL) {
        subpy_fatal("_Py_Dealloc", "object type has no deallocator");
    }
    dealloc(op);
}

void Py_IncRef(PyObject *op)
{
    Py_XINCREF(op);
}

void Py_DecRef(PyObject *op)
{
    Py_XDECREF(op);
}

PyObject *PyBool_FromLong(long ok)
{
    return ok ? SUBPY_CANON(_Py_TrueStruct) : SUBPY_CANON(_Py_FalseStruct);
}

/* --- the error indicator ------------------------------------------------- */

void subpy_err_set(PyObject *type, const char *msg)
{
    PyThreadState *t = subpy_tstate_require("PyErr_SetObject");
    free(t->curexc_msg);
    t->curexc_type = type;
    t->curexc_msg = msg == NULL ? NULL : strdup(msg);
}

void subpy_err_no_engine(const char *func)
{
    subpy_tstate_require(func);
    char msg[160];
    snprintf(msg, sizeof msg, "%s: the subpy execution engine is not implemented yet", func);
    subpy_err_set(SUBPY_EXC(NotImplementedError), msg);
}

void PyErr_SetString(PyObject *exception, const char *string)
{
    subpy_err_set(exception, string);
}

void PyErr_SetNone(PyObject *exception)
{
    subpy_err_set(exception, NULL);
}

void PyErr_SetObject(PyObject *exception, PyObject *value)
{
    (void)value; /* no str() without the engine */
    subpy_err_set(exception, NULL);
}

PyObject *PyErr_Occurred(void)
{
    return subpy_tstate_require("PyErr_Occurred")->curexc_type;
}

void PyErr_Clear(void)
{
    PyThreadState *t = subpy_tstate_require("PyErr_Clear");
    free(t->curexc_msg);
    t->curexc_msg = NULL;
    t->curexc_type = NULL;
}

int PyErr_GivenExceptionMatches(PyObject *given, PyObject *exc)
{
    if (given == NULL || exc == NULL) {
        return 0;
    }
    for (const PyTypeObject *t = (const PyTypeObject *)given; t != NULL; t = base_of(t)) {
        if ((const PyObject *)t == exc) {
            return 1;
        }
    }
    return 0;
}

int PyErr_ExceptionMatches(PyObject *exc)
{
    return PyErr_GivenExceptionMatches(PyErr_Occurred(), exc);
}

PyObject *PyErr_NoMemory(void)
{
    subpy_err_set(SUBPY_EXC(MemoryError), NULL);
    return NULL;
}

void PyErr_BadInternalCall(void)
{
    subpy_err_set(SUBPY_EXC(SystemError), "bad argument to internal function");
}

void PyErr_PrintEx(int set_sys_last_vars)
{
    (void)set_sys_last_vars;
    PyThreadState *t = subpy_tstate_require("PyErr_PrintEx");
    if (t->curexc_type == NULL) {
        return;
    }
    const char *name = ((PyTypeObject *)t->curexc_type)->tp_name;
    fflush(stdout);
    if (t->curexc_msg != NULL && t->curexc_msg[0] != '\0') {
        fprintf(stderr, "%s: %s\n", name, t->curexc_msg);
    } else {
        fprintf(stderr, "%s\n", name);
    }
    fflush(stderr);
    PyErr_Clear();
}

void PyErr_Print(void)
{
    PyErr_PrintEx(1);
}

/* --- functions that need the engine -------------------------------------- */

/* Sets the "no engine yet" error and returns `value`. Requires a thread
 * state, as the real functions do. */
#define NO_ENGINE(value) (subpy_err_no_engine(__func__), (value))

PyObject *PyObject_Str(PyObject *o) { (void)o; return NO_ENGINE(NULL); }
PyObject *PyObject_Repr(PyObject *o) { (void)o; return NO_ENGINE(NULL); }
PyObject *PyObject_GetAttrString(PyObject *o, const char *n) { (void)o; (void)n; return NO_ENGINE(NULL); }
int PyObject_SetAttrString(PyObject *o, const char *n, PyObject *v) { (void)o; (void)n; (void)v; return NO_ENGINE(-1); }
PyObject *PyObject_CallObject(PyObject *c, PyObject *a) { (void)c; (void)a; return NO_ENGINE(NULL); }
int PyObject_IsTrue(PyObject *o)
{
    if (subpy_is_true_object(o)) {
        return 1;
    }
    if (subpy_is_false_object(o) || subpy_is_none_object(o)) {
        return 0;
    }
    return NO_ENGINE(-1);
}

/* CPython's PyObject_HasAttrString swallows errors and answers 0. */
int PyObject_HasAttrString(PyObject *o, const char *n) { (void)o; (void)n; return 0; }

PyObject *PyLong_FromLong(long v) { (void)v; return NO_ENGINE(NULL); }
PyObject *PyLong_FromLongLong(long long v) { (void)v; return NO_ENGINE(NULL); }
PyObject *PyLong_FromSsize_t(Py_ssize_t v) { (void)v; return NO_ENGINE(NULL); }
long PyLong_AsLong(PyObject *o) { (void)o; return NO_ENGINE(-1); }
long long PyLong_AsLongLong(PyObject *o) { (void)o; return NO_ENGINE(-1); }
Py_ssize_t PyLong_AsSsize_t(PyObject *o) { (void)o; return NO_ENGINE(-1); }

PyObject *PyUnicode_FromString(const char *s) { (void)s; return NO_ENGINE(NULL); }
PyObject *PyUnicode_FromStringAndSize(const char *s, Py_ssize_t n) { (void)s; (void)n; return NO_ENGINE(NULL); }
PyObject *PyUnicode_DecodeFSDefault(const char *s) { (void)s; return NO_ENGINE(NULL); }
const char *PyUnicode_AsUTF8(PyObject *o) { (void)o; return NO_ENGINE(NULL); }
const char *PyUnicode_AsUTF8AndSize(PyObject *o, Py_ssize_t *n) { (void)o; (void)n; return NO_ENGINE(NULL); }

PyObject *PyDict_New(void) { return NO_ENGINE(NULL); }
int PyDict_SetItem(PyObject *d, PyObject *k, PyObject *v) { (void)d; (void)k; (void)v; return NO_ENGINE(-1); }
int PyDict_SetItemString(PyObject *d, const char *k, PyObject *v) { (void)d; (void)k; (void)v; return NO_ENGINE(-1); }
int PyDict_DelItemString(PyObject *d, const char *k) { (void)d; (void)k; return NO_ENGINE(-1); }
Py_ssize_t PyDict_Size(PyObject *d) { (void)d; return NO_ENGINE(-1); }
/* CPython's PyDict_GetItem(String) answer NULL without an exception. */
PyObject *PyDict_GetItem(PyObject *d, PyObject *k) { (void)d; (void)k; return NULL; }
PyObject *PyDict_GetItemString(PyObject *d, const char *k) { (void)d; (void)k; return NULL; }

PyObject *PyModule_GetDict(PyObject *m) { (void)m; return NO_ENGINE(NULL); }
PyObject *PyImport_AddModule(const char *name) { (void)name; return NO_ENGINE(NULL); }
PyObject *PyImport_ImportModule(const char *name) { (void)name; return NO_ENGINE(NULL); }
PyObject *PyImport_Import(PyObject *name) { (void)name; return NO_ENGINE(NULL); }

PyObject *PyEval_EvalCode(PyObject *co, PyObject *g, PyObject *l) { (void)co; (void)g; (void)l; return NO_ENGINE(NULL); }
PyObject *PyEval_GetBuiltins(void) { return NO_ENGINE(NULL); }
PyObject *PyEval_GetGlobals(void) { return NULL; } /* no frame is running */

PyObject *Py_CompileStringExFlags(const char *s, const char *f, int start, PyCompilerFlags *fl, int opt)
{
    (void)s; (void)f; (void)start; (void)fl; (void)opt;
    return NO_ENGINE(NULL);
}
PyObject *Py_CompileStringFlags(const char *s, const char *f, int start, PyCompilerFlags *fl)
{
    return Py_CompileStringExFlags(s, f, start, fl, -1);
}
PyObject *Py_CompileString(const char *s, const char *f, int start)
{
    return Py_CompileStringExFlags(s, f, start, NULL, -1);
}

PyObject *PyRun_StringFlags(const char *s, int start, PyObject *g, PyObject *l, PyCompilerFlags *fl)
{
    (void)s; (void)start; (void)g; (void)l; (void)fl;
    return NO_ENGINE(NULL);
}
PyObject *PyRun_String(const char *s, int start, PyObject *g, PyObject *l)
{
    return PyRun_StringFlags(s, start, g, l, NULL);
}

/* PyRun_SimpleString* and PyRun_SimpleFile* run through the engine: run.c. */
