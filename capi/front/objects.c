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

/* A statically allocated immortal type object named `name`. */
#define STATIC_TYPE(cname, pyname) \
    PyTypeObject cname = { \
        .ob_base = { .ob_base = { .ob_refcnt = _Py_IMMORTAL_REFCNT, .ob_type = &PyType_Type } }, \
        .tp_name = pyname, \
        .tp_basicsize = sizeof(PyObject), \
    };

STATIC_TYPE(PyType_Type, "type")
STATIC_TYPE(PyBaseObject_Type, "object")
STATIC_TYPE(PyBool_Type, "bool")
STATIC_TYPE(PyLong_Type, "int")
STATIC_TYPE(PyUnicode_Type, "str")
STATIC_TYPE(PyDict_Type, "dict")
STATIC_TYPE(PyModule_Type, "module")
static STATIC_TYPE(none_type, "NoneType")
static STATIC_TYPE(not_implemented_type, "NotImplementedType")

#define IMMORTAL(type) { .ob_refcnt = _Py_IMMORTAL_REFCNT, .ob_type = (type) }
PyObject _Py_NoneStruct = IMMORTAL(&none_type);
PyObject _Py_NotImplementedStruct = IMMORTAL(&not_implemented_type);
PyObject _Py_TrueStruct = IMMORTAL(&PyBool_Type);
PyObject _Py_FalseStruct = IMMORTAL(&PyBool_Type);

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
    return ok ? Py_True : Py_False;
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

int PyErr_SetInterruptEx(int signum)
{
    if (signum < 1 || signum >= NSIG) {
        return -1;
    }
    return 0; /* no VM to interrupt yet (issue 5) */
}

void PyErr_SetInterrupt(void)
{
    (void)PyErr_SetInterruptEx(SIGINT);
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
    if (o == Py_True) {
        return 1;
    }
    if (o == Py_False || o == Py_None) {
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

/* The int-returning runners print the error and return -1, as CPython's do
 * for an uncaught exception. */
int PyRun_SimpleStringFlags(const char *s, PyCompilerFlags *fl)
{
    (void)s; (void)fl;
    subpy_err_no_engine(__func__);
    PyErr_Print();
    return -1;
}
int PyRun_SimpleString(const char *s)
{
    return PyRun_SimpleStringFlags(s, NULL);
}
int PyRun_SimpleFileExFlags(FILE *fp, const char *filename, int closeit, PyCompilerFlags *fl)
{
    (void)filename; (void)fl;
    subpy_err_no_engine(__func__);
    PyErr_Print();
    if (closeit && fp != NULL) {
        fclose(fp);
    }
    return -1;
}
int PyRun_SimpleFileEx(FILE *fp, const char *filename, int closeit)
{
    return PyRun_SimpleFileExFlags(fp, filename, closeit, NULL);
}
int PyRun_SimpleFile(FILE *fp, const char *filename)
{
    return PyRun_SimpleFileExFlags(fp, filename, 0, NULL);
}
