/* The data symbols (immortal singletons, type objects, exception types),
 * the headers of engine objects and their deallocation, reference
 * counting entry points, and the error indicator (docs/capi-objects.md).
 *
 * Every object C sees that is not one of the static objects below is a
 * header the engine allocated: {ob_refcnt, ob_type, handle} (engine_abi.h,
 * subpy_obj), or for a type object a full PyTypeObject followed by its
 * handle. Reference counts change inline in C; when one drops to zero the
 * deallocator below hands the header back to the engine, which frees it.
 * The static objects are immortal; the engine maps each to its own value
 * (SUBPY_STATICS in engine_abi.h), so that PyExc_ValueError, &PyLong_Type
 * or Py_None are the very pointers C code sees for those objects. */
#define SUBPY_FRONT_DEFINES_DATA
#include "front.h"

#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A type object the engine created: the handle follows the type. */
typedef struct subpy_typeobj {
    PyTypeObject type;
    uint64_t handle;
} subpy_typeobj;

static void object_dealloc(PyObject *op);

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

#define TYPE_INIT(pyname, flags, base) \
    { \
        .ob_base = { .ob_base = { .ob_refcnt = _Py_IMMORTAL_REFCNT, .ob_type = &subpy_h_PyType_Type } }, \
        .tp_name = pyname, \
        .tp_basicsize = sizeof(subpy_obj), \
        .tp_dealloc = object_dealloc, \
        .tp_flags = (flags), \
        .tp_base = (base), \
    }
#define OBJ &subpy_h_PyBaseObject_Type

/* Each exported type: its hidden definition and the public alias. Not the
 * other way round: the assembler turns a reference to an alias into one to
 * its target, and references to the hidden name must stay local. */
#define EXPORTED_TYPE(cname, pyname, flags, base) \
    PyTypeObject subpy_h_##cname = TYPE_INIT(pyname, flags, base); \
    extern PyTypeObject cname __attribute__((alias("subpy_h_" #cname)));

#define BT Py_TPFLAGS_BASETYPE
EXPORTED_TYPE(PyType_Type, "type", BT | Py_TPFLAGS_TYPE_SUBCLASS, OBJ)
EXPORTED_TYPE(PyBaseObject_Type, "object", BT, NULL)
EXPORTED_TYPE(PyBool_Type, "bool", Py_TPFLAGS_LONG_SUBCLASS, &subpy_h_PyLong_Type)
EXPORTED_TYPE(PyLong_Type, "int", BT | Py_TPFLAGS_LONG_SUBCLASS, OBJ)
EXPORTED_TYPE(PyFloat_Type, "float", BT, OBJ)
EXPORTED_TYPE(PyComplex_Type, "complex", BT, OBJ)
EXPORTED_TYPE(PyUnicode_Type, "str", BT | Py_TPFLAGS_UNICODE_SUBCLASS, OBJ)
EXPORTED_TYPE(PyBytes_Type, "bytes", BT | Py_TPFLAGS_BYTES_SUBCLASS, OBJ)
EXPORTED_TYPE(PyByteArray_Type, "bytearray", BT, OBJ)
EXPORTED_TYPE(PyTuple_Type, "tuple", BT | Py_TPFLAGS_TUPLE_SUBCLASS, OBJ)
EXPORTED_TYPE(PyList_Type, "list", BT | Py_TPFLAGS_LIST_SUBCLASS, OBJ)
EXPORTED_TYPE(PyDict_Type, "dict", BT | Py_TPFLAGS_DICT_SUBCLASS, OBJ)
EXPORTED_TYPE(PySet_Type, "set", BT, OBJ)
EXPORTED_TYPE(PyFrozenSet_Type, "frozenset", BT, OBJ)
EXPORTED_TYPE(PyModule_Type, "module", BT, OBJ)
EXPORTED_TYPE(PySlice_Type, "slice", 0, OBJ)
EXPORTED_TYPE(PyRange_Type, "range", 0, OBJ)
EXPORTED_TYPE(PyCFunction_Type, "builtin_function_or_method", 0, OBJ)
EXPORTED_TYPE(PyCapsule_Type, "PyCapsule", 0, OBJ)
static PyTypeObject none_type = TYPE_INIT("NoneType", 0, OBJ);
static PyTypeObject not_implemented_type = TYPE_INIT("NotImplementedType", 0, OBJ);
static PyTypeObject ellipsis_type = TYPE_INIT("ellipsis", 0, OBJ);

#define IMMORTAL(type) { .ob_refcnt = _Py_IMMORTAL_REFCNT, .ob_type = (type) }
#define EXPORTED_OBJECT(cname, type) \
    PyObject subpy_h_##cname = IMMORTAL(type); \
    extern PyObject cname __attribute__((alias("subpy_h_" #cname)));
EXPORTED_OBJECT(_Py_NoneStruct, &none_type)
EXPORTED_OBJECT(_Py_NotImplementedStruct, &not_implemented_type)
EXPORTED_OBJECT(_Py_TrueStruct, &subpy_h_PyBool_Type)
EXPORTED_OBJECT(_Py_FalseStruct, &subpy_h_PyBool_Type)
EXPORTED_OBJECT(_Py_EllipsisObject, &ellipsis_type)

/* The exception types: name and base, in hierarchy order (a base before
 * its subclasses). The names are SUBPY_STATICS entries. */
#define EXCEPTIONS(X) \
    X(BaseException, PyBaseObject_Type_) \
    X(Exception, BaseException) \
    X(SystemExit, BaseException) \
    X(KeyboardInterrupt, BaseException) \
    X(GeneratorExit, BaseException) \
    X(BaseExceptionGroup, BaseException) \
    X(StopIteration, Exception) \
    X(StopAsyncIteration, Exception) \
    X(ArithmeticError, Exception) \
    X(OverflowError, ArithmeticError) \
    X(ZeroDivisionError, ArithmeticError) \
    X(FloatingPointError, ArithmeticError) \
    X(AssertionError, Exception) \
    X(LookupError, Exception) \
    X(IndexError, LookupError) \
    X(KeyError, LookupError) \
    X(AttributeError, Exception) \
    X(EOFError, Exception) \
    X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) \
    X(MemoryError, Exception) \
    X(NameError, Exception) \
    X(UnboundLocalError, NameError) \
    X(OSError, Exception) \
    X(RuntimeError, Exception) \
    X(RecursionError, RuntimeError) \
    X(NotImplementedError, RuntimeError) \
    X(SyntaxError, Exception) \
    X(IndentationError, SyntaxError) \
    X(SystemError, Exception) \
    X(TypeError, Exception) \
    X(ValueError, Exception) \
    X(UnicodeError, ValueError) \
    X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) \
    X(BufferError, Exception) \
    X(ReferenceError, Exception) \
    X(ExceptionGroup, BaseExceptionGroup) \
    X(Warning, Exception) \
    X(UserWarning, Warning) \
    X(DeprecationWarning, Warning) \
    X(RuntimeWarning, Warning)

/* Forward declarations so a base may be named before it is defined. */
#define DECLARE_EXC_TYPE(name, base) static PyTypeObject exc_type_##name;
EXCEPTIONS(DECLARE_EXC_TYPE)
#define exc_type_PyBaseObject_Type_ subpy_h_PyBaseObject_Type
#define EXC_FLAGS (BT | Py_TPFLAGS_BASE_EXC_SUBCLASS)
#define DEFINE_EXC_TYPE(name, base) \
    static PyTypeObject exc_type_##name = TYPE_INIT(#name, EXC_FLAGS, &exc_type_##base);
EXCEPTIONS(DEFINE_EXC_TYPE)
/* The exported PyExc_* variables point at them. The front itself never
 * reads these (a CPython process would interpose them): SUBPY_EXC. */
#define DEFINE_EXC_POINTER(name, base) PyObject *PyExc_##name = (PyObject *)&exc_type_##name;
EXCEPTIONS(DEFINE_EXC_POINTER)

/* --- canonical addresses -------------------------------------------------- */

/* The canonical address of each exported object, set once by the
 * constructor below before any API call can run, then read-only. */
static PyObject *canon[SUBPY_CANON_COUNT];

PyObject *subpy_canon(int index)
{
    return canon[index];
}

/* The static objects the engine knows by name (SUBPY_STATICS): canonical
 * addresses and our own, set by the constructor, then read-only. */
static void *statics[SUBPY_STATIC_COUNT];
static void *statics_own[SUBPY_STATIC_COUNT];

PyObject *subpy_static(int index)
{
    return statics[index];
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
__attribute__((constructor)) static void resolve_canonical(void)
{
    struct entry {
        PyObject *ours;
        PyObject *resolved;
        size_t size;
    } entries[SUBPY_CANON_COUNT] = {
#define CANON_ENTRY(cname, sname) \
        [SUBPY_CANON_##cname] = { (PyObject *)&subpy_h_##cname, \
                                  (PyObject *)PUBLIC_ADDRESS(cname), sizeof subpy_h_##cname },
        SUBPY_EXPORTED_TYPES(CANON_ENTRY)
        SUBPY_EXPORTED_OBJECTS(CANON_ENTRY)
#undef CANON_ENTRY
    };
    for (int i = 0; i < SUBPY_CANON_COUNT; i++) {
        struct entry *e = &entries[i];
        int is_copy = e->resolved != e->ours && memcmp(e->resolved, e->ours, e->size) == 0;
        canon[i] = is_copy ? e->resolved : e->ours;
    }
    PyTypeObject *type_type = (PyTypeObject *)canon[SUBPY_CANON_PyType_Type];
    PyTypeObject *bool_type = (PyTypeObject *)canon[SUBPY_CANON_PyBool_Type];
    /* Types: their type is the canonical `type`; objects: True and False
     * are bools (None, NotImplemented, Ellipsis keep their private types). */
#define FIX_TYPE(cname, sname) \
    subpy_h_##cname.ob_base.ob_base.ob_type = type_type; \
    canon[SUBPY_CANON_##cname]->ob_type = type_type;
    SUBPY_EXPORTED_TYPES(FIX_TYPE)
#undef FIX_TYPE
    subpy_h__Py_TrueStruct.ob_type = bool_type;
    subpy_h__Py_FalseStruct.ob_type = bool_type;
    canon[SUBPY_CANON__Py_TrueStruct]->ob_type = bool_type;
    canon[SUBPY_CANON__Py_FalseStruct]->ob_type = bool_type;
#define FIX_EXC(name, base) exc_type_##name.ob_base.ob_base.ob_type = type_type;
    EXCEPTIONS(FIX_EXC)
#undef FIX_EXC
    none_type.ob_base.ob_base.ob_type = type_type;
    not_implemented_type.ob_base.ob_base.ob_type = type_type;
    ellipsis_type.ob_base.ob_base.ob_type = type_type;

    /* The engine's view: static index → address. */
#define STATIC_EXPORTED(cname, sname) \
    statics[SUBPY_STATIC_##sname] = canon[SUBPY_CANON_##cname]; \
    statics_own[SUBPY_STATIC_##sname] = &subpy_h_##cname;
    SUBPY_EXPORTED_TYPES(STATIC_EXPORTED)
    SUBPY_EXPORTED_OBJECTS(STATIC_EXPORTED)
#undef STATIC_EXPORTED
#define STATIC_EXC(name, base) statics[SUBPY_STATIC_##name] = statics_own[SUBPY_STATIC_##name] = &exc_type_##name;
    EXCEPTIONS(STATIC_EXC)
#undef STATIC_EXC
    statics[SUBPY_STATIC_NoneType] = statics_own[SUBPY_STATIC_NoneType] = &none_type;
    statics[SUBPY_STATIC_NotImplementedType] = statics_own[SUBPY_STATIC_NotImplementedType] = &not_implemented_type;
    statics[SUBPY_STATIC_ellipsis] = statics_own[SUBPY_STATIC_ellipsis] = &ellipsis_type;
    for (int i = 0; i < SUBPY_STATIC_COUNT; i++) {
        if (statics[i] == NULL) {
            subpy_fatal("subpy front", "a static object has no definition");
        }
    }
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

/* --- what the engine receives at load (engine.c) -------------------------- */

static void init_type(void *type, void *metatype, const char *name, uint64_t flags, void *base)
{
    PyTypeObject *t = type;
    t->ob_base.ob_base.ob_refcnt = 1; /* the engine's table holds it */
    t->ob_base.ob_base.ob_type = metatype;
    t->tp_name = name;
    t->tp_flags = (unsigned long)flags;
    t->tp_base = base;
    t->tp_basicsize = sizeof(subpy_obj);
    t->tp_dealloc = object_dealloc;
}

void subpy_objects_fill_table(subpy_front_table *table)
{
    table->statics = statics;
    table->statics_own = statics_own;
    table->type_size = sizeof(subpy_typeobj);
    table->type_handle_offset = offsetof(subpy_typeobj, handle);
    table->type_flags_offset = offsetof(PyTypeObject, tp_flags);
    table->init_type = init_type;
}

/* --- reference counting -------------------------------------------------- */

/* The deallocator of every engine object: the engine frees the header and
 * its handle. */
static void object_dealloc(PyObject *op)
{
    subpy_call c = subpy_enter("_Py_Dealloc");
    uint64_t handle = PyType_Check(op) ? ((subpy_typeobj *)op)->handle : ((subpy_obj *)op)->handle;
    c.e->obj_release(c.t, op, handle);
}

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

/* --- calling the engine -------------------------------------------------- */

subpy_call subpy_enter(const char *func)
{
    subpy_call c;
    c.t = subpy_tstate_require(func);
    c.e = subpy_engine(func);
    return c;
}

PyObject *subpy_op(const char *func, int op, PyObject *a, PyObject *b, PyObject *c, int64_t i)
{
    subpy_call k = subpy_enter(func);
    return k.e->obj_op(k.t, op, a, b, c, i);
}

int subpy_iop(const char *func, int op, PyObject *a, PyObject *b, PyObject *c, int64_t i, int64_t *out)
{
    subpy_call k = subpy_enter(func);
    int64_t ignored;
    return k.e->obj_iop(k.t, op, a, b, c, i, out != NULL ? out : &ignored);
}

PyObject *subpy_new(const char *func, int kind, const char *s, int64_t n, int64_t i, double d, void *p, void *q)
{
    subpy_call k = subpy_enter(func);
    return k.e->obj_new(k.t, kind, s, n, i, d, p, q);
}

/* --- the error indicator (the engine's thread state holds it) ------------ */

void subpy_err_set(PyObject *type, const char *msg)
{
    subpy_tstate_require("PyErr_SetObject");
    if (msg == NULL) {
        PyErr_SetObject(type, NULL);
        return;
    }
    PyObject *value = PyUnicode_FromString(msg);
    if (value == NULL) {
        return; /* the decoding error is set */
    }
    PyErr_SetObject(type, value);
    Py_DECREF(value);
}

void subpy_err_no_engine(const char *func)
{
    char msg[160];
    snprintf(msg, sizeof msg, "%s is not implemented by subpy yet", func);
    subpy_err_set(SUBPY_EXC(NotImplementedError), msg);
}

void PyErr_SetString(PyObject *exception, const char *string)
{
    subpy_err_set(exception, string);
}

void PyErr_SetNone(PyObject *exception)
{
    PyErr_SetObject(exception, NULL);
}

void PyErr_SetObject(PyObject *exception, PyObject *value)
{
    subpy_iop(__func__, SUBPY_IOP_ERR_SET, exception, value, NULL, 0, NULL);
}

PyObject *PyErr_Occurred(void)
{
    return subpy_op(__func__, SUBPY_OP_ERR_OCCURRED, NULL, NULL, NULL, 0);
}

void PyErr_Clear(void)
{
    subpy_iop(__func__, SUBPY_IOP_ERR_SET_RAISED, NULL, NULL, NULL, 0, NULL);
}

PyObject *PyErr_GetRaisedException(void)
{
    return subpy_op(__func__, SUBPY_OP_ERR_FETCH, NULL, NULL, NULL, 0);
}

void PyErr_SetRaisedException(PyObject *exc)
{
    subpy_iop(__func__, SUBPY_IOP_ERR_SET_RAISED, exc, NULL, NULL, 0, NULL);
    Py_XDECREF(exc);
}

PyObject *PyErr_GetHandledException(void)
{
    return Py_NewRef(SUBPY_NONE()); /* not tracked for C callers yet: docs/capi-objects.md */
}

void PyErr_Fetch(PyObject **ptype, PyObject **pvalue, PyObject **ptraceback)
{
    PyObject *exc = PyErr_GetRaisedException();
    *ptype = exc == NULL ? NULL : Py_NewRef((PyObject *)Py_TYPE(exc));
    *pvalue = exc;
    *ptraceback = exc == NULL ? NULL : PyException_GetTraceback(exc);
}

void PyErr_Restore(PyObject *type, PyObject *value, PyObject *traceback)
{
    if (type == NULL) {
        PyErr_Clear();
        Py_XDECREF(value);
        Py_XDECREF(traceback);
        return;
    }
    if (value != NULL && PyExceptionInstance_Check(value)) {
        if (traceback != NULL) {
            PyException_SetTraceback(value, traceback);
        }
        PyErr_SetRaisedException(value);
    } else {
        PyErr_SetObject(type, value);
        Py_XDECREF(value);
    }
    Py_DECREF(type);
    Py_XDECREF(traceback);
}

void PyErr_NormalizeException(PyObject **exc, PyObject **val, PyObject **tb)
{
    if (*exc == NULL || (*val != NULL && PyExceptionInstance_Check(*val))) {
        return;
    }
    PyObject *saved = PyErr_GetRaisedException();
    PyErr_SetObject(*exc, *val);
    PyObject *inst = PyErr_GetRaisedException();
    PyErr_SetRaisedException(saved);
    if (inst == NULL) {
        return;
    }
    Py_XDECREF(*val);
    *val = inst;
    Py_SETREF(*exc, Py_NewRef((PyObject *)Py_TYPE(inst)));
    if (*tb == NULL) {
        *tb = PyException_GetTraceback(inst);
    }
}

int PyErr_GivenExceptionMatches(PyObject *given, PyObject *exc)
{
    if (given == NULL || exc == NULL) {
        return 0;
    }
    if (given == exc) {
        return 1;
    }
    int64_t r = 0;
    subpy_iop(__func__, SUBPY_IOP_EXC_MATCHES, given, exc, NULL, 0, &r);
    return (int)r;
}

int PyErr_ExceptionMatches(PyObject *exc)
{
    return PyErr_GivenExceptionMatches(PyErr_Occurred(), exc);
}

PyObject *PyErr_NoMemory(void)
{
    PyErr_SetNone(SUBPY_EXC(MemoryError));
    return NULL;
}

void PyErr_BadInternalCall(void)
{
    subpy_err_set(SUBPY_EXC(SystemError), "bad argument to internal function");
}

int PyErr_BadArgument(void)
{
    subpy_err_set(SUBPY_EXC(TypeError), "bad argument type for built-in operation");
    return 0;
}

PyObject *PyErr_FormatV(PyObject *exception, const char *format, va_list vargs)
{
    PyObject *msg = PyUnicode_FromFormatV(format, vargs);
    if (msg != NULL) {
        PyErr_SetObject(exception, msg);
        Py_DECREF(msg);
    }
    return NULL;
}

PyObject *PyErr_Format(PyObject *exception, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyErr_FormatV(exception, format, va);
    va_end(va);
    return NULL;
}

/* SystemExit reaching PyErr_Print ends the process, as CPython's
 * handle_system_exit: the code attribute decides the status (None: 0, an
 * int: itself, anything else is printed to stderr and the status is 1). */
static void handle_system_exit(void)
{
    PyObject *exc = PyErr_GetRaisedException();
    int status = 1;
    PyObject *code = PyObject_GetAttrString(exc, "code");
    if (code == NULL) {
        PyErr_Clear();
    } else if (subpy_is_none_object(code)) {
        status = 0;
    } else if (PyLong_Check(code)) {
        status = (int)PyLong_AsLong(code);
        PyErr_Clear();
    } else {
        PyObject *s = PyObject_Str(code);
        const char *text = s == NULL ? NULL : PyUnicode_AsUTF8(s);
        fflush(stdout);
        fprintf(stderr, "%s\n", text != NULL ? text : "");
        fflush(stderr);
        PyErr_Clear();
        Py_XDECREF(s);
    }
    Py_XDECREF(code);
    Py_DECREF(exc);
    Py_Exit(status);
}

void PyErr_PrintEx(int set_sys_last_vars)
{
    subpy_tstate_require(__func__);
    if (PyErr_Occurred() == NULL) {
        return;
    }
    if (PyErr_ExceptionMatches(SUBPY_EXC(SystemExit))) {
        handle_system_exit();
    }
    /* C's stdout is the host's: only sys.stdout is flushed (the engine) */
    subpy_iop(__func__, SUBPY_IOP_ERR_PRINT, NULL, NULL, NULL, set_sys_last_vars != 0, NULL);
}

void PyErr_Print(void)
{
    PyErr_PrintEx(1);
}

void PyErr_WriteUnraisable(PyObject *obj)
{
    subpy_iop(__func__, SUBPY_IOP_WRITE_UNRAISABLE, NULL, obj, NULL, 0, NULL);
}

PyObject *PyException_GetTraceback(PyObject *exc)
{
    PyObject *r = subpy_op(__func__, SUBPY_OP_EXC_TRACEBACK, exc, NULL, NULL, 0);
    return r;
}

int PyException_SetTraceback(PyObject *exc, PyObject *tb)
{
    return subpy_iop(__func__, SUBPY_IOP_EXC_SET_TRACEBACK, exc, tb, NULL, 0, NULL);
}

PyObject *PyException_GetCause(PyObject *exc)
{
    return subpy_op(__func__, SUBPY_OP_EXC_CAUSE, exc, NULL, NULL, 0);
}

void PyException_SetCause(PyObject *exc, PyObject *cause)
{
    subpy_iop(__func__, SUBPY_IOP_EXC_SET_CAUSE, exc, cause, NULL, 0, NULL);
    Py_XDECREF(cause);
}

PyObject *PyException_GetContext(PyObject *exc)
{
    return subpy_op(__func__, SUBPY_OP_EXC_CONTEXT, exc, NULL, NULL, 0);
}

void PyException_SetContext(PyObject *exc, PyObject *ctx)
{
    subpy_iop(__func__, SUBPY_IOP_EXC_SET_CONTEXT, exc, ctx, NULL, 0, NULL);
    Py_XDECREF(ctx);
}

PyObject *PyException_GetArgs(PyObject *exc)
{
    return subpy_op(__func__, SUBPY_OP_EXC_ARGS, exc, NULL, NULL, 0);
}
