/* The object, number, sequence, mapping and iterator protocols, and the
 * concrete types' functions, on top of the engine's object entry points
 * (engine_abi.h). Reference ownership is CPython 3.13's: "new" results are
 * new references, "borrowed" results are kept alive by their container
 * (the engine ties the header to it: docs/capi-objects.md), "steals"
 * arguments are released here after the engine took the value. */
#include "front.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define OP(op, a, b, c, i) subpy_op(__func__, (op), (a), (b), (c), (i))
#define IOP(op, a, b, c, i, out) subpy_iop(__func__, (op), (a), (b), (c), (i), (out))
#define NEW(kind, s, n, i, d) subpy_new(__func__, (kind), (s), (n), (i), (d), NULL, NULL)
#define CHECK_NOT_NULL(o, value) \
    do { \
        if ((o) == NULL) { \
            return SUBPY_BADCALL(value); \
        } \
    } while (0)

/* A str for a C string; NULL with an exception set. */
static PyObject *str_of(const char *s)
{
    return PyUnicode_FromString(s);
}

/* --- generic objects ----------------------------------------------------- */

PyObject *PyObject_Str(PyObject *o)
{
    if (o == NULL) {
        return PyUnicode_FromString("<NULL>");
    }
    return OP(SUBPY_OP_STR, o, NULL, NULL, 0);
}

PyObject *PyObject_Repr(PyObject *o)
{
    if (o == NULL) {
        return PyUnicode_FromString("<NULL>");
    }
    return OP(SUBPY_OP_REPR, o, NULL, NULL, 0);
}

PyObject *PyObject_ASCII(PyObject *o)
{
    if (o == NULL) {
        return PyUnicode_FromString("<NULL>");
    }
    return OP(SUBPY_OP_ASCII, o, NULL, NULL, 0);
}

PyObject *PyObject_GetAttr(PyObject *o, PyObject *name)
{
    CHECK_NOT_NULL(o, NULL);
    CHECK_NOT_NULL(name, NULL);
    return OP(SUBPY_OP_GETATTR, o, name, NULL, 0);
}

PyObject *PyObject_GetAttrString(PyObject *o, const char *name)
{
    CHECK_NOT_NULL(o, NULL);
    PyObject *n = str_of(name);
    if (n == NULL) {
        return NULL;
    }
    PyObject *r = PyObject_GetAttr(o, n);
    Py_DECREF(n);
    return r;
}

PyObject *PyObject_GenericGetAttr(PyObject *o, PyObject *name)
{
    return PyObject_GetAttr(o, name);
}

int PyObject_SetAttr(PyObject *o, PyObject *name, PyObject *v)
{
    CHECK_NOT_NULL(o, -1);
    CHECK_NOT_NULL(name, -1);
    return IOP(SUBPY_IOP_SETATTR, o, name, v, 0, NULL);
}

int PyObject_SetAttrString(PyObject *o, const char *name, PyObject *v)
{
    PyObject *n = str_of(name);
    if (n == NULL) {
        return -1;
    }
    int r = PyObject_SetAttr(o, n, v);
    Py_DECREF(n);
    return r;
}

int PyObject_DelAttr(PyObject *o, PyObject *name)
{
    return PyObject_SetAttr(o, name, NULL);
}

int PyObject_DelAttrString(PyObject *o, const char *name)
{
    return PyObject_SetAttrString(o, name, NULL);
}

int PyObject_HasAttrWithError(PyObject *o, PyObject *name)
{
    int64_t r = 0;
    if (IOP(SUBPY_IOP_HASATTR, o, name, NULL, 0, &r) < 0) {
        return -1;
    }
    return (int)r;
}

int PyObject_HasAttrStringWithError(PyObject *o, const char *name)
{
    PyObject *n = str_of(name);
    if (n == NULL) {
        return -1;
    }
    int r = PyObject_HasAttrWithError(o, n);
    Py_DECREF(n);
    return r;
}

/* CPython's PyObject_HasAttr(String) swallow every error and answer 0. */
int PyObject_HasAttr(PyObject *o, PyObject *name)
{
    int64_t r = 0;
    if (o == NULL || name == NULL || IOP(SUBPY_IOP_HASATTR, o, name, NULL, 1, &r) < 0) {
        return 0;
    }
    return (int)r;
}

int PyObject_HasAttrString(PyObject *o, const char *name)
{
    PyObject *saved = PyErr_GetRaisedException();
    PyObject *n = str_of(name);
    int r = 0;
    if (n != NULL) {
        r = PyObject_HasAttr(o, n);
        Py_DECREF(n);
    }
    PyErr_SetRaisedException(saved);
    return r;
}

PyObject *PyObject_RichCompare(PyObject *a, PyObject *b, int op)
{
    CHECK_NOT_NULL(a, NULL);
    CHECK_NOT_NULL(b, NULL);
    return OP(SUBPY_OP_RICHCOMPARE, a, b, NULL, op);
}

int PyObject_RichCompareBool(PyObject *a, PyObject *b, int op)
{
    int64_t r = 0;
    if (a == b && (op == Py_EQ || op == Py_NE)) {
        return op == Py_EQ;
    }
    if (IOP(SUBPY_IOP_COMPARE_BOOL, a, b, NULL, op, &r) < 0) {
        return -1;
    }
    return (int)r;
}

Py_hash_t PyObject_Hash(PyObject *o)
{
    int64_t r = 0;
    if (IOP(SUBPY_IOP_HASH, o, NULL, NULL, 0, &r) < 0) {
        return -1;
    }
    return (Py_hash_t)r;
}

int PyObject_IsTrue(PyObject *o)
{
    if (subpy_is_true_object(o)) {
        return 1;
    }
    if (subpy_is_false_object(o) || subpy_is_none_object(o)) {
        return 0;
    }
    int64_t r = 0;
    if (IOP(SUBPY_IOP_ISTRUE, o, NULL, NULL, 0, &r) < 0) {
        return -1;
    }
    return (int)r;
}

int PyObject_Not(PyObject *o)
{
    int r = PyObject_IsTrue(o);
    return r < 0 ? r : !r;
}

int PyCallable_Check(PyObject *o)
{
    int64_t r = 0;
    if (o == NULL) {
        return 0;
    }
    IOP(SUBPY_IOP_CALLABLE, o, NULL, NULL, 0, &r);
    return (int)r;
}

PyObject *PyObject_Dir(PyObject *o)
{
    return OP(SUBPY_OP_DIR, o, NULL, NULL, 0);
}

PyObject *PyObject_Type(PyObject *o)
{
    CHECK_NOT_NULL(o, NULL);
    return Py_NewRef((PyObject *)Py_TYPE(o));
}

Py_ssize_t PyObject_Size(PyObject *o)
{
    CHECK_NOT_NULL(o, -1);
    int64_t r = 0;
    if (IOP(SUBPY_IOP_LENGTH, o, NULL, NULL, 0, &r) < 0) {
        return -1;
    }
    return (Py_ssize_t)r;
}

#undef PyObject_Length
Py_ssize_t PyObject_Length(PyObject *o)
{
    return PyObject_Size(o);
}

PyObject *PyObject_GetItem(PyObject *o, PyObject *key)
{
    CHECK_NOT_NULL(o, NULL);
    CHECK_NOT_NULL(key, NULL);
    return OP(SUBPY_OP_GETITEM, o, key, NULL, 0);
}

int PyObject_SetItem(PyObject *o, PyObject *key, PyObject *v)
{
    CHECK_NOT_NULL(o, -1);
    CHECK_NOT_NULL(key, -1);
    CHECK_NOT_NULL(v, -1);
    return IOP(SUBPY_IOP_SETITEM, o, key, v, 0, NULL);
}

int PyObject_DelItem(PyObject *o, PyObject *key)
{
    CHECK_NOT_NULL(o, -1);
    CHECK_NOT_NULL(key, -1);
    return IOP(SUBPY_IOP_DELITEM, o, key, NULL, 0, NULL);
}

int PyObject_DelItemString(PyObject *o, const char *key)
{
    PyObject *k = str_of(key);
    if (k == NULL) {
        return -1;
    }
    int r = PyObject_DelItem(o, k);
    Py_DECREF(k);
    return r;
}

PyObject *PyObject_Format(PyObject *obj, PyObject *spec)
{
    return OP(SUBPY_OP_FORMAT, obj, spec, NULL, 0);
}

PyObject *PyObject_GetIter(PyObject *o)
{
    return OP(SUBPY_OP_GETITER, o, NULL, NULL, 0);
}

int PyIter_Check(PyObject *o)
{
    return PyObject_HasAttrString((PyObject *)Py_TYPE(o), "__next__");
}

/* The next item (new reference); NULL without an exception at the end
 * (StopIteration is cleared), NULL with one on error. */
PyObject *PyIter_Next(PyObject *it)
{
    return OP(SUBPY_OP_NEXT, it, NULL, NULL, 0);
}

int PyObject_IsInstance(PyObject *inst, PyObject *cls)
{
    int64_t r = 0;
    if (IOP(SUBPY_IOP_ISINSTANCE, inst, cls, NULL, 0, &r) < 0) {
        return -1;
    }
    return (int)r;
}

int PyObject_IsSubclass(PyObject *derived, PyObject *cls)
{
    int64_t r = 0;
    if (IOP(SUBPY_IOP_ISSUBCLASS, derived, cls, NULL, 0, &r) < 0) {
        return -1;
    }
    return (int)r;
}

int PyType_IsSubtype(PyTypeObject *a, PyTypeObject *b)
{
    if (a == b) {
        return 1;
    }
    int64_t r = 0;
    if (IOP(SUBPY_IOP_IS_SUBTYPE, (PyObject *)a, (PyObject *)b, NULL, 0, &r) < 0) {
        PyErr_Clear();
        return 0;
    }
    return (int)r;
}

unsigned long PyType_GetFlags(PyTypeObject *type)
{
    return type->tp_flags;
}

PyObject *PyType_GetName(PyTypeObject *type)
{
    return PyObject_GetAttrString((PyObject *)type, "__name__");
}

/* --- calls --------------------------------------------------------------- */

PyObject *PyObject_Call(PyObject *callable, PyObject *args, PyObject *kwargs)
{
    CHECK_NOT_NULL(callable, NULL);
    if (args == NULL || !PyTuple_Check(args)) {
        PyErr_Format(SUBPY_EXC(TypeError), "argument list must be a tuple");
        return NULL;
    }
    if (kwargs != NULL && !PyDict_Check(kwargs)) {
        PyErr_Format(SUBPY_EXC(TypeError), "keyword list must be a dictionary");
        return NULL;
    }
    return OP(SUBPY_OP_CALL, callable, args, kwargs, 0);
}

PyObject *PyObject_CallObject(PyObject *callable, PyObject *args)
{
    CHECK_NOT_NULL(callable, NULL);
    if (args != NULL && !PyTuple_Check(args)) {
        PyErr_Format(SUBPY_EXC(TypeError), "argument list must be a tuple");
        return NULL;
    }
    return OP(SUBPY_OP_CALL, callable, args, NULL, 0);
}

PyObject *PyObject_CallNoArgs(PyObject *func)
{
    return PyObject_CallObject(func, NULL);
}

PyObject *PyObject_CallOneArg(PyObject *func, PyObject *arg)
{
    PyObject *args = PyTuple_Pack(1, arg);
    if (args == NULL) {
        return NULL;
    }
    PyObject *r = PyObject_CallObject(func, args);
    Py_DECREF(args);
    return r;
}

PyObject *PyObject_Vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Py_ssize_t n = PyVectorcall_NARGS(nargsf);
    Py_ssize_t nkw = kwnames == NULL ? 0 : PyTuple_Size(kwnames);
    PyObject *tuple = PyTuple_New(n);
    if (tuple == NULL) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyTuple_SetItem(tuple, i, Py_NewRef(args[i]));
    }
    PyObject *kwargs = NULL;
    if (nkw > 0) {
        kwargs = PyDict_New();
        for (Py_ssize_t i = 0; kwargs != NULL && i < nkw; i++) {
            if (PyDict_SetItem(kwargs, PyTuple_GetItem(kwnames, i), args[n + i]) < 0) {
                Py_CLEAR(kwargs);
            }
        }
        if (kwargs == NULL) {
            Py_DECREF(tuple);
            return NULL;
        }
    }
    PyObject *r = OP(SUBPY_OP_CALL, callable, tuple, kwargs, 0);
    Py_DECREF(tuple);
    Py_XDECREF(kwargs);
    return r;
}

PyObject *PyObject_VectorcallMethod(PyObject *name, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    PyObject *m = PyObject_GetAttr(args[0], name);
    if (m == NULL) {
        return NULL;
    }
    Py_ssize_t n = PyVectorcall_NARGS(nargsf);
    PyObject *r = PyObject_Vectorcall(m, args + 1, (size_t)(n - 1), kwnames);
    Py_DECREF(m);
    return r;
}

PyObject *PyObject_CallMethodNoArgs(PyObject *self, PyObject *name)
{
    PyObject *m = PyObject_GetAttr(self, name);
    if (m == NULL) {
        return NULL;
    }
    PyObject *r = PyObject_CallNoArgs(m);
    Py_DECREF(m);
    return r;
}

PyObject *PyObject_CallMethodOneArg(PyObject *self, PyObject *name, PyObject *arg)
{
    PyObject *m = PyObject_GetAttr(self, name);
    if (m == NULL) {
        return NULL;
    }
    PyObject *r = PyObject_CallOneArg(m, arg);
    Py_DECREF(m);
    return r;
}

/* --- numbers ------------------------------------------------------------- */

/* CPython's NB_* numbering (BINARY_OP's argument; core/opcode). */
enum { NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MATRIX_MULTIPLY, NB_MULTIPLY,
       NB_REMAINDER, NB_OR, NB_POWER, NB_RSHIFT, NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR,
       NB_INPLACE_ADD, NB_INPLACE_AND, NB_INPLACE_FLOOR_DIVIDE, NB_INPLACE_LSHIFT,
       NB_INPLACE_MATRIX_MULTIPLY, NB_INPLACE_MULTIPLY, NB_INPLACE_REMAINDER, NB_INPLACE_OR,
       NB_INPLACE_POWER, NB_INPLACE_RSHIFT, NB_INPLACE_SUBTRACT };

static PyObject *binary(const char *func, PyObject *a, PyObject *b, int nb)
{
    if (a == NULL || b == NULL) {
        return SUBPY_BADCALL(NULL);
    }
    return subpy_op(func, nb >= NB_INPLACE_ADD ? SUBPY_OP_INPLACE : SUBPY_OP_BINARY, a, b, NULL, nb);
}

#define BINARY_FUNC(name, nb) \
    PyObject *PyNumber_##name(PyObject *a, PyObject *b) { return binary(__func__, a, b, nb); }
BINARY_FUNC(Add, NB_ADD)
BINARY_FUNC(Subtract, NB_SUBTRACT)
BINARY_FUNC(Multiply, NB_MULTIPLY)
BINARY_FUNC(MatrixMultiply, NB_MATRIX_MULTIPLY)
BINARY_FUNC(FloorDivide, NB_FLOOR_DIVIDE)
BINARY_FUNC(TrueDivide, NB_TRUE_DIVIDE)
BINARY_FUNC(Remainder, NB_REMAINDER)
BINARY_FUNC(Lshift, NB_LSHIFT)
BINARY_FUNC(Rshift, NB_RSHIFT)
BINARY_FUNC(And, NB_AND)
BINARY_FUNC(Xor, NB_XOR)
BINARY_FUNC(Or, NB_OR)
BINARY_FUNC(InPlaceAdd, NB_INPLACE_ADD)
BINARY_FUNC(InPlaceSubtract, NB_INPLACE_SUBTRACT)
BINARY_FUNC(InPlaceMultiply, NB_INPLACE_MULTIPLY)

/* A builtin function by name (borrowed), for the few protocols the engine
 * has no entry point for. */
static PyObject *builtin(const char *name)
{
    PyObject *b = PyEval_GetBuiltins();
    PyObject *f = b == NULL ? NULL : PyDict_GetItemString(b, name);
    if (f == NULL && PyErr_Occurred() == NULL) {
        PyErr_Format(SUBPY_EXC(SystemError), "builtins.%s is missing", name);
    }
    return f;
}

PyObject *PyNumber_Power(PyObject *a, PyObject *b, PyObject *c)
{
    if (c != NULL && !subpy_is_none_object(c)) {
        PyObject *pow = builtin("pow");
        return pow == NULL ? NULL : PyObject_CallFunctionObjArgs(pow, a, b, c, NULL);
    }
    return binary(__func__, a, b, NB_POWER);
}

PyObject *PyNumber_Divmod(PyObject *a, PyObject *b)
{
    PyObject *divmod = builtin("divmod");
    return divmod == NULL ? NULL : PyObject_CallFunctionObjArgs(divmod, a, b, NULL);
}

#define UNARY_FUNC(name, k) \
    PyObject *PyNumber_##name(PyObject *o) \
    { \
        CHECK_NOT_NULL(o, NULL); \
        return OP(SUBPY_OP_UNARY, o, NULL, NULL, k); \
    }
UNARY_FUNC(Negative, 0)
UNARY_FUNC(Positive, 1)
UNARY_FUNC(Invert, 2)
UNARY_FUNC(Absolute, 3)

PyObject *PyNumber_Long(PyObject *o)
{
    CHECK_NOT_NULL(o, NULL);
    return OP(SUBPY_OP_LONG, o, NULL, NULL, 0);
}

PyObject *PyNumber_Float(PyObject *o)
{
    CHECK_NOT_NULL(o, NULL);
    return OP(SUBPY_OP_FLOAT, o, NULL, NULL, 0);
}

PyObject *PyNumber_Index(PyObject *o)
{
    CHECK_NOT_NULL(o, NULL);
    return OP(SUBPY_OP_INDEX, o, NULL, NULL, 0);
}

int PyIndex_Check(PyObject *o)
{
    return PyObject_HasAttrString((PyObject *)Py_TYPE(o), "__index__");
}

int PyNumber_Check(PyObject *o)
{
    if (o == NULL) {
        return 0;
    }
    PyObject *t = (PyObject *)Py_TYPE(o);
    return PyIndex_Check(o) || PyObject_HasAttrString(t, "__int__") || PyObject_HasAttrString(t, "__float__") ||
           PyObject_HasAttrString(t, "__complex__");
}

Py_ssize_t PyNumber_AsSsize_t(PyObject *o, PyObject *exc)
{
    PyObject *i = PyNumber_Index(o);
    if (i == NULL) {
        return -1;
    }
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(i, &overflow);
    Py_DECREF(i);
    if (overflow == 0) {
        return (Py_ssize_t)v;
    }
    if (exc == NULL) {
        return overflow < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX;
    }
    PyErr_Format(exc, "cannot fit '%s' into an index-sized integer", Py_TYPE(o)->tp_name);
    return -1;
}

/* --- sequences and mappings ---------------------------------------------- */

int PySequence_Check(PyObject *o)
{
    if (PyDict_Check(o)) {
        return 0;
    }
    return PyObject_HasAttrString((PyObject *)Py_TYPE(o), "__getitem__");
}

Py_ssize_t PySequence_Size(PyObject *o)
{
    return PyObject_Size(o);
}

#undef PySequence_Length
Py_ssize_t PySequence_Length(PyObject *o)
{
    return PyObject_Size(o);
}

PyObject *PySequence_Concat(PyObject *a, PyObject *b)
{
    CHECK_NOT_NULL(a, NULL);
    CHECK_NOT_NULL(b, NULL);
    return OP(SUBPY_OP_CONCAT, a, b, NULL, 0);
}

PyObject *PySequence_Repeat(PyObject *o, Py_ssize_t count)
{
    PyObject *n = PyLong_FromSsize_t(count);
    if (n == NULL) {
        return NULL;
    }
    PyObject *r = binary(__func__, o, n, NB_MULTIPLY);
    Py_DECREF(n);
    return r;
}

PyObject *PySequence_GetItem(PyObject *o, Py_ssize_t i)
{
    if (o == NULL) {
        return SUBPY_BADCALL(NULL);
    }
    if (PyDict_Check(o)) {
        PyErr_Format(SUBPY_EXC(TypeError), "%.200s is not a sequence", Py_TYPE(o)->tp_name);
        return NULL;
    }
    int has = PyObject_HasAttrStringWithError((PyObject *)Py_TYPE(o), "__getitem__");
    if (has <= 0) {
        if (has == 0) {
            PyErr_Format(SUBPY_EXC(TypeError), "'%.200s' object does not support indexing", Py_TYPE(o)->tp_name);
        }
        return NULL;
    }
    PyObject *k = PyLong_FromSsize_t(i);
    if (k == NULL) {
        return NULL;
    }
    PyObject *r = PyObject_GetItem(o, k);
    Py_DECREF(k);
    return r;
}

int PySequence_SetItem(PyObject *o, Py_ssize_t i, PyObject *v)
{
    PyObject *k = PyLong_FromSsize_t(i);
    if (k == NULL) {
        return -1;
    }
    int r = v == NULL ? PyObject_DelItem(o, k) : PyObject_SetItem(o, k, v);
    Py_DECREF(k);
    return r;
}

int PySequence_DelItem(PyObject *o, Py_ssize_t i)
{
    return PySequence_SetItem(o, i, NULL);
}

PyObject *PySequence_GetSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2)
{
    CHECK_NOT_NULL(o, NULL);
    return OP(SUBPY_OP_SEQ_GETSLICE, o, NULL, (PyObject *)(intptr_t)i2, i1);
}

PyObject *PySequence_Tuple(PyObject *o)
{
    CHECK_NOT_NULL(o, NULL);
    return OP(SUBPY_OP_SEQ_TUPLE, o, NULL, NULL, 0);
}

PyObject *PySequence_List(PyObject *o)
{
    CHECK_NOT_NULL(o, NULL);
    return OP(SUBPY_OP_SEQ_LIST, o, NULL, NULL, 0);
}

PyObject *PySequence_Fast(PyObject *o, const char *m)
{
    CHECK_NOT_NULL(o, NULL);
    if (PyList_CheckExact(o) || PyTuple_CheckExact(o)) {
        return Py_NewRef(o);
    }
    PyObject *it = PyObject_GetIter(o);
    if (it == NULL) {
        if (PyErr_ExceptionMatches(SUBPY_EXC(TypeError))) {
            PyErr_SetString(SUBPY_EXC(TypeError), m);
        }
        return NULL;
    }
    Py_DECREF(it);
    return PySequence_List(o);
}

Py_ssize_t PySequence_Count(PyObject *o, PyObject *value)
{
    int64_t r = 0;
    if (IOP(SUBPY_IOP_SEQ_COUNT, o, value, NULL, 0, &r) < 0) {
        return -1;
    }
    return (Py_ssize_t)r;
}

Py_ssize_t PySequence_Index(PyObject *o, PyObject *value)
{
    int64_t r = 0;
    if (IOP(SUBPY_IOP_SEQ_INDEX, o, value, NULL, 0, &r) < 0) {
        return -1;
    }
    return (Py_ssize_t)r;
}

int PySequence_Contains(PyObject *seq, PyObject *ob)
{
    int64_t r = 0;
    if (IOP(SUBPY_IOP_CONTAINS, seq, ob, NULL, 0, &r) < 0) {
        return -1;
    }
    return (int)r;
}

int PyMapping_Check(PyObject *o)
{
    return o != NULL && PyObject_HasAttrString((PyObject *)Py_TYPE(o), "__getitem__");
}

Py_ssize_t PyMapping_Size(PyObject *o)
{
    return PyObject_Size(o);
}

#undef PyMapping_Length
Py_ssize_t PyMapping_Length(PyObject *o)
{
    return PyObject_Size(o);
}

int PyMapping_HasKey(PyObject *o, PyObject *key)
{
    PyObject *saved = PyErr_GetRaisedException();
    PyObject *v = PyObject_GetItem(o, key);
    int r = v != NULL;
    Py_XDECREF(v);
    PyErr_SetRaisedException(saved);
    return r;
}

int PyMapping_HasKeyString(PyObject *o, const char *key)
{
    PyObject *saved = PyErr_GetRaisedException();
    PyObject *k = PyUnicode_FromString(key);
    int r = 0;
    if (k != NULL) {
        r = PyMapping_HasKey(o, k);
        Py_DECREF(k);
    }
    PyErr_SetRaisedException(saved);
    return r;
}

PyObject *PyMapping_Keys(PyObject *o)
{
    CHECK_NOT_NULL(o, NULL);
    return PyDict_CheckExact(o) ? PyDict_Keys(o) : OP(SUBPY_OP_MAPPING_KEYS, o, NULL, NULL, 0);
}

PyObject *PyMapping_Values(PyObject *o)
{
    CHECK_NOT_NULL(o, NULL);
    return PyDict_CheckExact(o) ? PyDict_Values(o) : OP(SUBPY_OP_MAPPING_VALUES, o, NULL, NULL, 0);
}

PyObject *PyMapping_Items(PyObject *o)
{
    CHECK_NOT_NULL(o, NULL);
    return PyDict_CheckExact(o) ? PyDict_Items(o) : OP(SUBPY_OP_MAPPING_ITEMS, o, NULL, NULL, 0);
}

PyObject *PyMapping_GetItemString(PyObject *o, const char *key)
{
    PyObject *k = PyUnicode_FromString(key);
    if (k == NULL) {
        return NULL;
    }
    PyObject *r = PyObject_GetItem(o, k);
    Py_DECREF(k);
    return r;
}

int PyMapping_SetItemString(PyObject *o, const char *key, PyObject *value)
{
    PyObject *k = PyUnicode_FromString(key);
    if (k == NULL) {
        return -1;
    }
    int r = PyObject_SetItem(o, k, value);
    Py_DECREF(k);
    return r;
}

/* --- int, float, bool ---------------------------------------------------- */

PyObject *PyLong_FromLong(long v) { return NEW(SUBPY_NEW_LONG, NULL, 0, v, 0); }
PyObject *PyLong_FromLongLong(long long v) { return NEW(SUBPY_NEW_LONG, NULL, 0, v, 0); }
PyObject *PyLong_FromSsize_t(Py_ssize_t v) { return NEW(SUBPY_NEW_LONG, NULL, 0, v, 0); }
PyObject *PyLong_FromUnsignedLong(unsigned long v) { return NEW(SUBPY_NEW_ULONG, NULL, 0, (int64_t)v, 0); }
PyObject *PyLong_FromUnsignedLongLong(unsigned long long v) { return NEW(SUBPY_NEW_ULONG, NULL, 0, (int64_t)v, 0); }
PyObject *PyLong_FromSize_t(size_t v) { return NEW(SUBPY_NEW_ULONG, NULL, 0, (int64_t)v, 0); }
PyObject *PyLong_FromDouble(double v) { return NEW(SUBPY_NEW_LONG_DOUBLE, NULL, 0, 0, v); }

PyObject *PyLong_FromString(const char *str, char **pend, int base)
{
    CHECK_NOT_NULL(str, NULL);
    if ((base != 0 && base < 2) || base > 36) {
        PyErr_SetString(SUBPY_EXC(ValueError), "int() arg 2 must be >= 2 and <= 36");
        return NULL;
    }
    PyObject *r = NEW(SUBPY_NEW_LONG_STR, str, 0, base, 0);
    if (pend != NULL) {
        *pend = (char *)str + (r != NULL ? strlen(str) : 0);
    }
    return r;
}

/* Converts o (an int or an object with __index__) to int64; *overflow (may
 * be NULL) is set instead of raising when it does not fit. */
static long long as_long_long(const char *func, PyObject *o, int *overflow, int kind)
{
    if (o == NULL) {
        return SUBPY_BADCALL(-1);
    }
    int64_t r = 0;
    if (overflow != NULL) {
        *overflow = 0;
        int rc = subpy_iop(func, SUBPY_IOP_LONG_OVERFLOW, o, NULL, NULL, 0, &r);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            *overflow = (int)r;
            return -1;
        }
        return r;
    }
    if (subpy_iop(func, SUBPY_IOP_AS_LONGLONG, o, NULL, NULL, kind, &r) < 0) {
        return -1;
    }
    return r;
}

long PyLong_AsLong(PyObject *o) { return (long)as_long_long(__func__, o, NULL, 0); }
long long PyLong_AsLongLong(PyObject *o) { return as_long_long(__func__, o, NULL, 1); }
long PyLong_AsLongAndOverflow(PyObject *o, int *overflow) { return (long)as_long_long(__func__, o, overflow, 0); }
long long PyLong_AsLongLongAndOverflow(PyObject *o, int *overflow) { return as_long_long(__func__, o, overflow, 0); }

int PyLong_AsInt(PyObject *o)
{
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred()) {
        return -1;
    }
    if (v > INT_MAX || v < INT_MIN) {
        PyErr_SetString(SUBPY_EXC(OverflowError), "Python int too large to convert to C int");
        return -1;
    }
    return (int)v;
}

Py_ssize_t PyLong_AsSsize_t(PyObject *o)
{
    CHECK_NOT_NULL(o, -1);
    int64_t r = 0;
    if (IOP(SUBPY_IOP_AS_SSIZE, o, NULL, NULL, 0, &r) < 0) {
        return -1;
    }
    return (Py_ssize_t)r;
}

unsigned long PyLong_AsUnsignedLong(PyObject *o)
{
    CHECK_NOT_NULL(o, (unsigned long)-1);
    int64_t r = 0;
    if (IOP(SUBPY_IOP_AS_ULONGLONG, o, NULL, NULL, 0, &r) < 0) {
        return (unsigned long)-1;
    }
    return (unsigned long)(uint64_t)r;
}

unsigned long long PyLong_AsUnsignedLongLong(PyObject *o)
{
    return PyLong_AsUnsignedLong(o);
}

size_t PyLong_AsSize_t(PyObject *o)
{
    CHECK_NOT_NULL(o, (size_t)-1);
    int64_t r = 0;
    if (IOP(SUBPY_IOP_AS_SIZE_ULONG, o, NULL, NULL, 0, &r) < 0) {
        return (size_t)-1;
    }
    return (size_t)(uint64_t)r;
}

double PyLong_AsDouble(PyObject *o)
{
    CHECK_NOT_NULL(o, -1.0);
    if (!PyLong_Check(o)) {
        PyErr_SetString(SUBPY_EXC(TypeError), "an integer is required");
        return -1.0;
    }
    return PyFloat_AsDouble(o);
}

PyObject *PyFloat_FromDouble(double v) { return NEW(SUBPY_NEW_FLOAT, NULL, 0, 0, v); }

PyObject *PyFloat_FromString(PyObject *s)
{
    CHECK_NOT_NULL(s, NULL);
    return subpy_new(__func__, SUBPY_NEW_FLOAT_STR, NULL, 0, 0, 0, s, NULL);
}

double PyFloat_AsDouble(PyObject *o)
{
    if (o == NULL) {
        PyErr_BadArgument();
        return -1.0;
    }
    int64_t bits = 0;
    if (IOP(SUBPY_IOP_AS_DOUBLE, o, NULL, NULL, 0, &bits) < 0) {
        return -1.0;
    }
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* --- str ----------------------------------------------------------------- */

PyObject *PyUnicode_FromStringAndSize(const char *s, Py_ssize_t n)
{
    if (n < 0) {
        PyErr_SetString(SUBPY_EXC(SystemError), "Negative size passed to PyUnicode_FromStringAndSize");
        return NULL;
    }
    if (s == NULL && n != 0) {
        PyErr_SetString(SUBPY_EXC(SystemError), "NULL string with positive size with NULL passed to PyUnicode_FromStringAndSize");
        return NULL;
    }
    return NEW(SUBPY_NEW_STR, s, n, 0, 0);
}

PyObject *PyUnicode_FromString(const char *s)
{
    CHECK_NOT_NULL(s, NULL);
    return NEW(SUBPY_NEW_STR, s, (int64_t)strlen(s), 0, 0);
}

/* wchar_t is UTF-32 here; size -1: up to the terminating NUL. A lone
 * surrogate or a value above U+10FFFF is a ValueError, as CPython's. */
PyObject *PyUnicode_FromWideChar(const wchar_t *w, Py_ssize_t size)
{
    if (w == NULL && size != 0) {
        return SUBPY_BADCALL(NULL);
    }
    if (size < 0) {
        size = (Py_ssize_t)wcslen(w);
    }
    char *buf = malloc((size_t)size * 4 + 1);
    if (buf == NULL) {
        return PyErr_NoMemory();
    }
    size_t len = 0;
    for (Py_ssize_t i = 0; i < size; i++) {
        uint32_t c = (uint32_t)w[i];
        if (c > 0x10FFFF) {
            free(buf);
            PyErr_Format(SUBPY_EXC(ValueError), "character U+%x is not in range [U+0000; U+10ffff]", c);
            return NULL;
        }
        if (c < 0x80) {
            buf[len++] = (char)c;
        } else if (c < 0x800) {
            buf[len++] = (char)(0xC0 | (c >> 6));
            buf[len++] = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            buf[len++] = (char)(0xE0 | (c >> 12));
            buf[len++] = (char)(0x80 | ((c >> 6) & 0x3F));
            buf[len++] = (char)(0x80 | (c & 0x3F));
        } else {
            buf[len++] = (char)(0xF0 | (c >> 18));
            buf[len++] = (char)(0x80 | ((c >> 12) & 0x3F));
            buf[len++] = (char)(0x80 | ((c >> 6) & 0x3F));
            buf[len++] = (char)(0x80 | (c & 0x3F));
        }
    }
    PyObject *r = PyUnicode_FromStringAndSize(buf, (Py_ssize_t)len);
    free(buf);
    return r;
}

PyObject *PyUnicode_DecodeUTF8(const char *s, Py_ssize_t size, const char *errors)
{
    PyObject *r = PyUnicode_FromStringAndSize(s, size);
    if (r == NULL && errors != NULL && strcmp(errors, "strict") != 0 &&
        PyErr_ExceptionMatches(SUBPY_EXC(UnicodeDecodeError))) {
        PyErr_Clear();
        r = PyUnicode_Decode(s, size, "utf-8", errors); /* bytes.decode */
    }
    return r;
}

PyObject *PyUnicode_DecodeFSDefault(const char *s)
{
    return PyUnicode_FromString(s);
}

PyObject *PyUnicode_InternFromString(const char *s)
{
    return PyUnicode_FromString(s);
}

void PyUnicode_InternInPlace(PyObject **p)
{
    (void)p; /* the engine interns identifiers itself */
}

const char *PyUnicode_AsUTF8AndSize(PyObject *o, Py_ssize_t *size)
{
    if (o == NULL || !PyUnicode_Check(o)) {
        if (size != NULL) {
            *size = -1;
        }
        PyErr_BadArgument();
        return NULL;
    }
    subpy_call c = subpy_enter(__func__);
    int64_t n = 0;
    const char *r = c.e->obj_bytes(c.t, o, &n);
    if (size != NULL) {
        *size = r == NULL ? -1 : (Py_ssize_t)n;
    }
    return r;
}

const char *PyUnicode_AsUTF8(PyObject *o)
{
    return PyUnicode_AsUTF8AndSize(o, NULL);
}

PyObject *PyUnicode_AsUTF8String(PyObject *o)
{
    Py_ssize_t n;
    const char *s = PyUnicode_AsUTF8AndSize(o, &n);
    return s == NULL ? NULL : PyBytes_FromStringAndSize(s, n);
}

Py_ssize_t PyUnicode_GetLength(PyObject *o)
{
    if (o == NULL || !PyUnicode_Check(o)) {
        PyErr_BadArgument();
        return -1;
    }
    return PyObject_Size(o);
}

PyObject *PyUnicode_Concat(PyObject *a, PyObject *b)
{
    CHECK_NOT_NULL(a, NULL);
    CHECK_NOT_NULL(b, NULL);
    if (!PyUnicode_Check(a) || !PyUnicode_Check(b)) {
        PyErr_Format(SUBPY_EXC(TypeError), "can only concatenate str (not \"%s\") to str",
                     Py_TYPE(PyUnicode_Check(a) ? b : a)->tp_name);
        return NULL;
    }
    return PyNumber_Add(a, b);
}

int PyUnicode_Compare(PyObject *a, PyObject *b)
{
    int64_t r = 0;
    if (IOP(SUBPY_IOP_UNICODE_COMPARE, a, b, NULL, 0, &r) < 0) {
        return -1;
    }
    return (int)r;
}

int PyUnicode_CompareWithASCIIString(PyObject *a, const char *b)
{
    int64_t r = 0;
    if (IOP(SUBPY_IOP_ASCII_COMPARE, a, (PyObject *)(void *)b, NULL, 0, &r) < 0) {
        PyErr_Clear();
        return -1;
    }
    return (int)r;
}

int PyUnicode_EqualToUTF8(PyObject *a, const char *b)
{
    if (a == NULL || !PyUnicode_Check(a)) {
        return 0;
    }
    return PyUnicode_CompareWithASCIIString(a, b) == 0;
}

/* --- bytes --------------------------------------------------------------- */

PyObject *PyBytes_FromStringAndSize(const char *s, Py_ssize_t n)
{
    if (n < 0) {
        PyErr_SetString(SUBPY_EXC(SystemError), "Negative size passed to PyBytes_FromStringAndSize");
        return NULL;
    }
    return NEW(SUBPY_NEW_BYTES, s, n, 0, 0);
}

PyObject *PyBytes_FromString(const char *s)
{
    CHECK_NOT_NULL(s, NULL);
    return NEW(SUBPY_NEW_BYTES, s, (int64_t)strlen(s), 0, 0);
}

static int bytes_check(PyObject *o)
{
    if (o == NULL || !PyBytes_Check(o)) {
        PyErr_Format(SUBPY_EXC(TypeError), "expected bytes, %s found", o == NULL ? "NULL" : Py_TYPE(o)->tp_name);
        return 0;
    }
    return 1;
}

char *PyBytes_AsString(PyObject *o)
{
    if (!bytes_check(o)) {
        return NULL;
    }
    subpy_call c = subpy_enter(__func__);
    int64_t n = 0;
    return (char *)c.e->obj_bytes(c.t, o, &n);
}

int PyBytes_AsStringAndSize(PyObject *o, char **s, Py_ssize_t *len)
{
    if (!bytes_check(o)) {
        return -1;
    }
    subpy_call c = subpy_enter(__func__);
    int64_t n = 0;
    *s = (char *)c.e->obj_bytes(c.t, o, &n);
    if (*s == NULL) {
        return -1;
    }
    if (len != NULL) {
        *len = (Py_ssize_t)n;
    } else if (strlen(*s) != (size_t)n) {
        PyErr_SetString(SUBPY_EXC(ValueError), "embedded null byte");
        return -1;
    }
    return 0;
}

Py_ssize_t PyBytes_Size(PyObject *o)
{
    if (!bytes_check(o)) {
        return -1;
    }
    return PyObject_Size(o);
}

/* --- tuple --------------------------------------------------------------- */

PyObject *PyTuple_New(Py_ssize_t n)
{
    if (n < 0) {
        return SUBPY_BADCALL(NULL);
    }
    return NEW(SUBPY_NEW_TUPLE, NULL, n, 0, 0);
}

Py_ssize_t PyTuple_Size(PyObject *o)
{
    if (o == NULL || !PyTuple_Check(o)) {
        return SUBPY_BADCALL(-1);
    }
    return PyObject_Size(o);
}

PyObject *PyTuple_GetItem(PyObject *o, Py_ssize_t i)
{
    if (o == NULL || !PyTuple_Check(o)) {
        return SUBPY_BADCALL(NULL);
    }
    return OP(SUBPY_OP_TUPLE_GETITEM | SUBPY_OP_BORROW, o, NULL, NULL, i);
}

int PyTuple_SetItem(PyObject *o, Py_ssize_t i, PyObject *v)
{
    if (o == NULL || !PyTuple_Check(o) || Py_REFCNT(o) != 1) {
        Py_XDECREF(v);
        return SUBPY_BADCALL(-1);
    }
    int r = IOP(SUBPY_IOP_TUPLE_SETITEM, o, NULL, v, i, NULL); /* steals v on success */
    if (r < 0) {
        Py_XDECREF(v);
    }
    return r;
}

PyObject *PyTuple_GetSlice(PyObject *o, Py_ssize_t lo, Py_ssize_t hi)
{
    if (o == NULL || !PyTuple_Check(o)) {
        return SUBPY_BADCALL(NULL);
    }
    return OP(SUBPY_OP_TUPLE_SLICE, o, NULL, (PyObject *)(intptr_t)hi, lo);
}

PyObject *PyTuple_Pack(Py_ssize_t n, ...)
{
    PyObject *t = PyTuple_New(n);
    if (t == NULL) {
        return NULL;
    }
    va_list va;
    va_start(va, n);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyTuple_SetItem(t, i, Py_NewRef(va_arg(va, PyObject *)));
    }
    va_end(va);
    return t;
}

/* --- list ---------------------------------------------------------------- */

PyObject *PyList_New(Py_ssize_t n)
{
    if (n < 0) {
        return SUBPY_BADCALL(NULL);
    }
    return NEW(SUBPY_NEW_LIST, NULL, n, 0, 0);
}

Py_ssize_t PyList_Size(PyObject *o)
{
    if (o == NULL || !PyList_Check(o)) {
        return SUBPY_BADCALL(-1);
    }
    return PyObject_Size(o);
}

PyObject *PyList_GetItem(PyObject *o, Py_ssize_t i)
{
    if (o == NULL || !PyList_Check(o)) {
        return SUBPY_BADCALL(NULL);
    }
    return OP(SUBPY_OP_LIST_GETITEM | SUBPY_OP_BORROW, o, NULL, NULL, i);
}

PyObject *PyList_GetItemRef(PyObject *o, Py_ssize_t i)
{
    if (o == NULL || !PyList_Check(o)) {
        PyErr_SetString(SUBPY_EXC(TypeError), "expected a list");
        return NULL;
    }
    return OP(SUBPY_OP_LIST_GETITEM, o, NULL, NULL, i);
}

int PyList_SetItem(PyObject *o, Py_ssize_t i, PyObject *v)
{
    if (o == NULL || !PyList_Check(o)) {
        Py_XDECREF(v);
        return SUBPY_BADCALL(-1);
    }
    int r = IOP(SUBPY_IOP_LIST_SETITEM, o, NULL, v, i, NULL); /* steals v on success */
    if (r < 0) {
        Py_XDECREF(v);
    }
    return r;
}

int PyList_Insert(PyObject *o, Py_ssize_t i, PyObject *v)
{
    if (o == NULL || !PyList_Check(o) || v == NULL) {
        return SUBPY_BADCALL(-1);
    }
    return IOP(SUBPY_IOP_LIST_INSERT, o, NULL, v, i, NULL);
}

int PyList_Append(PyObject *o, PyObject *v)
{
    if (o == NULL || !PyList_Check(o) || v == NULL) {
        return SUBPY_BADCALL(-1);
    }
    return IOP(SUBPY_IOP_LIST_APPEND, o, NULL, v, 0, NULL);
}

PyObject *PyList_GetSlice(PyObject *o, Py_ssize_t lo, Py_ssize_t hi)
{
    if (o == NULL || !PyList_Check(o)) {
        return SUBPY_BADCALL(NULL);
    }
    return OP(SUBPY_OP_SEQ_GETSLICE, o, NULL, (PyObject *)(intptr_t)hi, lo);
}

int PyList_Sort(PyObject *o)
{
    if (o == NULL || !PyList_Check(o)) {
        return SUBPY_BADCALL(-1);
    }
    return IOP(SUBPY_IOP_LIST_SORT, o, NULL, NULL, 0, NULL);
}

int PyList_Reverse(PyObject *o)
{
    if (o == NULL || !PyList_Check(o)) {
        return SUBPY_BADCALL(-1);
    }
    PyObject *r = PyObject_CallMethod(o, "reverse", NULL);
    if (r == NULL) {
        return -1;
    }
    Py_DECREF(r);
    return 0;
}

PyObject *PyList_AsTuple(PyObject *o)
{
    if (o == NULL || !PyList_Check(o)) {
        return SUBPY_BADCALL(NULL);
    }
    return OP(SUBPY_OP_LIST_ASTUPLE, o, NULL, NULL, 0);
}

/* --- dict ---------------------------------------------------------------- */

#define DICT_CHECK(d, value) \
    do { \
        if ((d) == NULL || !PyDict_Check(d)) { \
            return SUBPY_BADCALL(value); \
        } \
    } while (0)

PyObject *PyDict_New(void)
{
    return NEW(SUBPY_NEW_DICT, NULL, 0, 0, 0);
}

/* Borrowed, and no exception (errors are cleared), as CPython's. */
PyObject *PyDict_GetItem(PyObject *d, PyObject *key)
{
    if (d == NULL || !PyDict_Check(d) || key == NULL) {
        return NULL;
    }
    PyObject *saved = PyErr_GetRaisedException();
    PyObject *r = OP(SUBPY_OP_DICT_GETITEM | SUBPY_OP_BORROW, d, key, NULL, 0);
    PyErr_SetRaisedException(saved);
    return r;
}

PyObject *PyDict_GetItemWithError(PyObject *d, PyObject *key)
{
    DICT_CHECK(d, NULL);
    CHECK_NOT_NULL(key, NULL);
    return OP(SUBPY_OP_DICT_GETITEM_ERR | SUBPY_OP_BORROW, d, key, NULL, 0);
}

PyObject *PyDict_GetItemString(PyObject *d, const char *key)
{
    PyObject *saved = PyErr_GetRaisedException();
    PyObject *k = PyUnicode_FromString(key);
    PyObject *r = NULL;
    if (k != NULL) {
        r = PyDict_GetItem(d, k);
        Py_DECREF(k);
    }
    PyErr_SetRaisedException(saved);
    return r;
}

int PyDict_GetItemRef(PyObject *d, PyObject *key, PyObject **result)
{
    if (d == NULL || !PyDict_Check(d)) {
        *result = NULL;
        PyErr_SetString(SUBPY_EXC(SystemError), "bad argument to internal function");
        return -1;
    }
    *result = OP(SUBPY_OP_DICT_GETITEM_ERR, d, key, NULL, 0);
    if (*result != NULL) {
        return 1;
    }
    return PyErr_Occurred() != NULL ? -1 : 0;
}

int PyDict_GetItemStringRef(PyObject *d, const char *key, PyObject **result)
{
    PyObject *k = PyUnicode_FromString(key);
    if (k == NULL) {
        *result = NULL;
        return -1;
    }
    int r = PyDict_GetItemRef(d, k, result);
    Py_DECREF(k);
    return r;
}

int PyDict_SetItem(PyObject *d, PyObject *key, PyObject *v)
{
    DICT_CHECK(d, -1);
    CHECK_NOT_NULL(key, -1);
    CHECK_NOT_NULL(v, -1);
    return IOP(SUBPY_IOP_DICT_SETITEM, d, key, v, 0, NULL);
}

int PyDict_SetItemString(PyObject *d, const char *key, PyObject *v)
{
    PyObject *k = PyUnicode_FromString(key);
    if (k == NULL) {
        return -1;
    }
    int r = PyDict_SetItem(d, k, v);
    Py_DECREF(k);
    return r;
}

int PyDict_DelItem(PyObject *d, PyObject *key)
{
    DICT_CHECK(d, -1);
    CHECK_NOT_NULL(key, -1);
    return IOP(SUBPY_IOP_DICT_DELITEM, d, key, NULL, 0, NULL);
}

int PyDict_DelItemString(PyObject *d, const char *key)
{
    PyObject *k = PyUnicode_FromString(key);
    if (k == NULL) {
        return -1;
    }
    int r = PyDict_DelItem(d, k);
    Py_DECREF(k);
    return r;
}

void PyDict_Clear(PyObject *d)
{
    if (d == NULL || !PyDict_Check(d)) {
        return;
    }
    IOP(SUBPY_IOP_DICT_CLEAR, d, NULL, NULL, 0, NULL);
}

int PyDict_Contains(PyObject *d, PyObject *key)
{
    DICT_CHECK(d, -1);
    int64_t r = 0;
    if (IOP(SUBPY_IOP_DICT_CONTAINS, d, key, NULL, 0, &r) < 0) {
        return -1;
    }
    return (int)r;
}

int PyDict_ContainsString(PyObject *d, const char *key)
{
    PyObject *k = PyUnicode_FromString(key);
    if (k == NULL) {
        return -1;
    }
    int r = PyDict_Contains(d, k);
    Py_DECREF(k);
    return r;
}

Py_ssize_t PyDict_Size(PyObject *d)
{
    DICT_CHECK(d, -1);
    return PyObject_Size(d);
}

PyObject *PyDict_Keys(PyObject *d)
{
    DICT_CHECK(d, NULL);
    return OP(SUBPY_OP_DICT_KEYS, d, NULL, NULL, 0);
}

PyObject *PyDict_Values(PyObject *d)
{
    DICT_CHECK(d, NULL);
    return OP(SUBPY_OP_DICT_VALUES, d, NULL, NULL, 0);
}

PyObject *PyDict_Items(PyObject *d)
{
    DICT_CHECK(d, NULL);
    return OP(SUBPY_OP_DICT_ITEMS, d, NULL, NULL, 0);
}

PyObject *PyDict_Copy(PyObject *d)
{
    DICT_CHECK(d, NULL);
    return OP(SUBPY_OP_DICT_COPY, d, NULL, NULL, 0);
}

int PyDict_Update(PyObject *d, PyObject *other)
{
    DICT_CHECK(d, -1);
    CHECK_NOT_NULL(other, -1);
    return IOP(SUBPY_IOP_DICT_UPDATE, d, other, NULL, 1, NULL);
}

int PyDict_Merge(PyObject *d, PyObject *other, int override)
{
    DICT_CHECK(d, -1);
    CHECK_NOT_NULL(other, -1);
    return IOP(SUBPY_IOP_DICT_MERGE, d, other, NULL, override, NULL);
}

/* *pos is the index of the next item in insertion order (CPython's is a
 * slot index; both start at 0 and are opaque to callers). Borrowed key and
 * value. */
int PyDict_Next(PyObject *d, Py_ssize_t *pos, PyObject **key, PyObject **value)
{
    if (d == NULL || !PyDict_Check(d) || *pos < 0) {
        return 0;
    }
    int64_t next = -1;
    IOP(SUBPY_IOP_DICT_NEXT, d, NULL, NULL, *pos, &next);
    if (next < 0) {
        return 0;
    }
    if (key != NULL) {
        *key = OP(SUBPY_OP_DICT_NEXT_KEY | SUBPY_OP_BORROW, d, NULL, NULL, *pos);
    }
    if (value != NULL) {
        *value = OP(SUBPY_OP_DICT_NEXT_VALUE | SUBPY_OP_BORROW, d, NULL, NULL, *pos);
    }
    *pos = (Py_ssize_t)next;
    return 1;
}

/* --- modules and import -------------------------------------------------- */

PyObject *PyModule_NewObject(PyObject *name)
{
    const char *s = PyUnicode_AsUTF8(name);
    return s == NULL ? NULL : PyModule_New(s);
}

PyObject *PyModule_New(const char *name)
{
    CHECK_NOT_NULL(name, NULL);
    return subpy_new(__func__, SUBPY_NEW_MODULE, name, 0, 0, 0, NULL, NULL);
}

PyObject *PyModule_GetDict(PyObject *m)
{
    if (m == NULL || !PyModule_Check(m)) {
        return SUBPY_BADCALL(NULL);
    }
    return OP(SUBPY_OP_MODULE_DICT | SUBPY_OP_BORROW, m, NULL, NULL, 0);
}

PyObject *PyModule_GetNameObject(PyObject *m)
{
    if (m == NULL || !PyModule_Check(m)) {
        return SUBPY_BADCALL(NULL);
    }
    PyObject *d = PyModule_GetDict(m);
    PyObject *name = d == NULL ? NULL : PyDict_GetItemString(d, "__name__");
    if (name == NULL || !PyUnicode_Check(name)) {
        PyErr_SetString(SUBPY_EXC(SystemError), "nameless module");
        return NULL;
    }
    return Py_NewRef(name);
}

const char *PyModule_GetName(PyObject *m)
{
    PyObject *name = PyModule_GetNameObject(m);
    if (name == NULL) {
        return NULL;
    }
    const char *s = PyUnicode_AsUTF8(name);
    Py_DECREF(name); /* the module's dict keeps the str (and its buffer) */
    return s;
}

int PyModule_AddObjectRef(PyObject *m, const char *name, PyObject *value)
{
    if (m == NULL || !PyModule_Check(m)) {
        PyErr_SetString(SUBPY_EXC(TypeError), "PyModule_AddObjectRef() first argument must be a module");
        return -1;
    }
    if (value == NULL) {
        if (PyErr_Occurred() == NULL) {
            PyErr_SetString(SUBPY_EXC(SystemError), "PyModule_AddObjectRef() must be called with an exception raised if value is NULL");
        }
        return -1;
    }
    PyObject *d = PyModule_GetDict(m);
    return d == NULL ? -1 : PyDict_SetItemString(d, name, value);
}

/* The module takes over the caller's reference: the pointer stays valid
 * while the module lives, as in CPython. */
static void module_keeps(PyObject *m, PyObject *value)
{
    subpy_iop("PyModule_AddObject", SUBPY_IOP_KEEP, m, NULL, value, 0, NULL);
}

int PyModule_Add(PyObject *m, const char *name, PyObject *value)
{
    int r = PyModule_AddObjectRef(m, name, value);
    if (r == 0) {
        module_keeps(m, value);
    } else {
        Py_XDECREF(value);
    }
    return r;
}

/* Steals value only on success (CPython's historical behaviour). */
int PyModule_AddObject(PyObject *m, const char *name, PyObject *value)
{
    int r = PyModule_AddObjectRef(m, name, value);
    if (r == 0) {
        module_keeps(m, value);
    }
    return r;
}

int PyModule_AddIntConstant(PyObject *m, const char *name, long value)
{
    return PyModule_Add(m, name, PyLong_FromLong(value));
}

int PyModule_AddStringConstant(PyObject *m, const char *name, const char *value)
{
    return PyModule_Add(m, name, PyUnicode_FromString(value));
}

PyObject *PyImport_AddModuleObject(PyObject *name)
{
    CHECK_NOT_NULL(name, NULL);
    return OP(SUBPY_OP_ADD_MODULE | SUBPY_OP_BORROW, name, NULL, NULL, 0);
}

PyObject *PyImport_AddModule(const char *name)
{
    PyObject *n = PyUnicode_FromString(name);
    if (n == NULL) {
        return NULL;
    }
    PyObject *r = PyImport_AddModuleObject(n);
    Py_DECREF(n);
    return r;
}

PyObject *PyImport_AddModuleRef(const char *name)
{
    return Py_XNewRef(PyImport_AddModule(name));
}

PyObject *PyImport_Import(PyObject *name)
{
    CHECK_NOT_NULL(name, NULL);
    if (!PyUnicode_Check(name)) {
        PyErr_SetString(SUBPY_EXC(TypeError), "module name must be a string");
        return NULL;
    }
    return OP(SUBPY_OP_IMPORT, name, NULL, NULL, 0);
}

PyObject *PyImport_ImportModule(const char *name)
{
    PyObject *n = PyUnicode_FromString(name);
    if (n == NULL) {
        return NULL;
    }
    PyObject *r = PyImport_Import(n);
    Py_DECREF(n);
    return r;
}

PyObject *PyImport_GetModuleDict(void)
{
    return OP(SUBPY_OP_MODULES | SUBPY_OP_BORROW, NULL, NULL, NULL, 0);
}

/* --- the running frame and sys ------------------------------------------- */

PyObject *PyEval_GetBuiltins(void)
{
    return OP(SUBPY_OP_BUILTINS | SUBPY_OP_BORROW, NULL, NULL, NULL, 0);
}

PyObject *PyEval_GetGlobals(void)
{
    return OP(SUBPY_OP_GLOBALS | SUBPY_OP_BORROW, NULL, NULL, NULL, 0);
}

PyObject *PyEval_GetLocals(void)
{
    return OP(SUBPY_OP_LOCALS | SUBPY_OP_BORROW, NULL, NULL, NULL, 0);
}

/* Borrowed; NULL without an exception when sys has no such attribute. */
PyObject *PySys_GetObject(const char *name)
{
    PyObject *saved = PyErr_GetRaisedException();
    PyObject *n = PyUnicode_FromString(name);
    PyObject *r = NULL;
    if (n != NULL) {
        r = OP(SUBPY_OP_SYS_GET | SUBPY_OP_BORROW, n, NULL, NULL, 0);
        Py_DECREF(n);
    }
    PyErr_SetRaisedException(saved);
    return r;
}

int PySys_SetObject(const char *name, PyObject *v)
{
    PyObject *n = PyUnicode_FromString(name);
    if (n == NULL) {
        return -1;
    }
    PyObject *r = OP(SUBPY_OP_SYS_SET, n, v, NULL, 0);
    Py_DECREF(n);
    if (r == NULL) {
        return -1;
    }
    Py_DECREF(r);
    return 0;
}
