/* Building values (Py_BuildValue and the calls that take its format),
 * parsing arguments of C functions (PyArg_*), C functions and host
 * modules seen from Python (PyCFunction, PyModule_Create2,
 * PyImport_AppendInittab), PyUnicode_FromFormat and PySys_Write*.
 * Formats follow CPython 3.13's (PY_SSIZE_T_CLEAN semantics: '#' lengths
 * are Py_ssize_t). */
#include "front.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The converters of the O& codes: Py_BuildValue's and PyArg_Parse's. */
typedef PyObject *(*builder)(void *);
typedef int (*converter)(PyObject *, void *);

/* A va_list passed by pointer through the recursive builders. */
typedef struct {
    va_list ap;
} args_t;

/* --- Py_BuildValue --------------------------------------------------------- */

static PyObject *build_one(const char **fmt, args_t *a, int *failed);

/* Counts the items of a format up to `end` at this nesting level. */
static Py_ssize_t count_items(const char *f, char end)
{
    int level = 0;
    Py_ssize_t n = 0;
    for (; *f != '\0'; f++) {
        char ch = *f;
        if (level == 0 && ch == end) {
            return n;
        }
        switch (ch) {
        case '(': case '[': case '{':
            if (level == 0) {
                n++;
            }
            level++;
            break;
        case ')': case ']': case '}':
            level--;
            break;
        case '#': case '&': case ',': case ':': case ' ': case '\t':
            break;
        default:
            if (level == 0) {
                n++;
            }
        }
    }
    return end == '\0' ? n : -1;
}

static void skip_separators(const char **fmt)
{
    while (**fmt == ',' || **fmt == ' ' || **fmt == '\t' || **fmt == ':') {
        (*fmt)++;
    }
}

/* Builds items up to `end` into a tuple or a list. On error the remaining
 * 'N' arguments are still consumed and released (CPython does so). */
static PyObject *build_seq(const char **fmt, args_t *a, char end, int list, int *failed)
{
    Py_ssize_t n = count_items(*fmt, end);
    if (n < 0) {
        PyErr_SetString(SUBPY_EXC(SystemError), "unmatched paren in format");
        *failed = 1;
        return NULL;
    }
    PyObject *seq = *failed ? NULL : (list ? PyList_New(n) : PyTuple_New(n));
    if (seq == NULL) {
        *failed = 1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        skip_separators(fmt);
        PyObject *item = build_one(fmt, a, failed);
        if (item != NULL && seq != NULL && !*failed) {
            if (list) {
                PyList_SetItem(seq, i, item);
            } else {
                PyTuple_SetItem(seq, i, item);
            }
        } else {
            Py_XDECREF(item);
        }
    }
    skip_separators(fmt);
    if (**fmt == end) {
        (*fmt)++;
    }
    if (*failed) {
        Py_XDECREF(seq);
        return NULL;
    }
    return seq;
}

static PyObject *build_dict(const char **fmt, args_t *a, int *failed)
{
    PyObject *d = *failed ? NULL : PyDict_New();
    if (d == NULL) {
        *failed = 1;
    }
    for (;;) {
        skip_separators(fmt);
        if (**fmt == '}' || **fmt == '\0') {
            break;
        }
        PyObject *k = build_one(fmt, a, failed);
        skip_separators(fmt);
        PyObject *v = build_one(fmt, a, failed);
        if (!*failed && k != NULL && v != NULL && PyDict_SetItem(d, k, v) < 0) {
            *failed = 1;
        }
        Py_XDECREF(k);
        Py_XDECREF(v);
    }
    if (**fmt == '}') {
        (*fmt)++;
    } else {
        PyErr_SetString(SUBPY_EXC(SystemError), "unmatched paren in format");
        *failed = 1;
    }
    if (*failed) {
        Py_XDECREF(d);
        return NULL;
    }
    return d;
}

/* A string argument of s/z/y/u with an optional '#' length. */
static PyObject *build_string(const char **fmt, args_t *a, char code, int *failed)
{
    const char *s = va_arg(a->ap, const char *);
    Py_ssize_t n = -1;
    if (**fmt == '#') {
        (*fmt)++;
        n = va_arg(a->ap, Py_ssize_t);
    }
    if (*failed) {
        return NULL;
    }
    if (s == NULL) {
        if (code == 'y') {
            PyErr_SetString(SUBPY_EXC(SystemError), "NULL string passed to Py_BuildValue");
            *failed = 1;
            return NULL;
        }
        Py_RETURN_NONE;
    }
    if (n < 0) {
        n = (Py_ssize_t)strlen(s);
    }
    PyObject *r = code == 'y' ? PyBytes_FromStringAndSize(s, n) : PyUnicode_FromStringAndSize(s, n);
    if (r == NULL) {
        *failed = 1;
    }
    return r;
}

static PyObject *build_one(const char **fmt, args_t *a, int *failed)
{
    char code = *(*fmt)++;
    PyObject *r = NULL;
    switch (code) {
    case '(':
        return build_seq(fmt, a, ')', 0, failed);
    case '[':
        return build_seq(fmt, a, ']', 1, failed);
    case '{':
        return build_dict(fmt, a, failed);
    case 'b': case 'B': case 'h': case 'i': {
        int v = va_arg(a->ap, int);
        r = *failed ? NULL : PyLong_FromLong(code == 'B' ? (unsigned char)v : v);
        break;
    }
    case 'H': {
        unsigned int v = va_arg(a->ap, unsigned int);
        r = *failed ? NULL : PyLong_FromLong((unsigned short)v);
        break;
    }
    case 'I': {
        unsigned int v = va_arg(a->ap, unsigned int);
        r = *failed ? NULL : PyLong_FromUnsignedLong(v);
        break;
    }
    case 'l': {
        long v = va_arg(a->ap, long);
        r = *failed ? NULL : PyLong_FromLong(v);
        break;
    }
    case 'k': {
        unsigned long v = va_arg(a->ap, unsigned long);
        r = *failed ? NULL : PyLong_FromUnsignedLong(v);
        break;
    }
    case 'L': {
        long long v = va_arg(a->ap, long long);
        r = *failed ? NULL : PyLong_FromLongLong(v);
        break;
    }
    case 'K': {
        unsigned long long v = va_arg(a->ap, unsigned long long);
        r = *failed ? NULL : PyLong_FromUnsignedLongLong(v);
        break;
    }
    case 'n': {
        Py_ssize_t v = va_arg(a->ap, Py_ssize_t);
        r = *failed ? NULL : PyLong_FromSsize_t(v);
        break;
    }
    case 'd': case 'f': {
        double v = va_arg(a->ap, double);
        r = *failed ? NULL : PyFloat_FromDouble(v);
        break;
    }
    case 'p': {
        int v = va_arg(a->ap, int);
        r = *failed ? NULL : Py_NewRef(PyBool_FromLong(v));
        break;
    }
    case 'c': {
        char c = (char)va_arg(a->ap, int);
        r = *failed ? NULL : PyBytes_FromStringAndSize(&c, 1);
        break;
    }
    case 'C': {
        int c = va_arg(a->ap, int);
        if (!*failed) {
            r = PyUnicode_FromFormat("%c", c);
        }
        break;
    }
    case 's': case 'z': case 'U': case 'y':
        return build_string(fmt, a, code, failed);
    case 'u': { /* wchar_t *, with an optional '#' length; NULL: None */
        const wchar_t *w = va_arg(a->ap, const wchar_t *);
        Py_ssize_t n = -1;
        if (**fmt == '#') {
            (*fmt)++;
            n = va_arg(a->ap, Py_ssize_t);
        }
        if (*failed) {
            return NULL;
        }
        if (w == NULL) {
            Py_RETURN_NONE;
        }
        r = PyUnicode_FromWideChar(w, n);
        break;
    }
    case 'N': case 'O': case 'S': {
        PyObject *o = va_arg(a->ap, PyObject *);
        if (**fmt == '&') { /* O&: converter(anything); the converter came first */
            (*fmt)++;
            builder conv;
            memcpy(&conv, &o, sizeof conv);
            void *arg = va_arg(a->ap, void *);
            if (*failed) {
                return NULL;
            }
            r = conv(arg);
            if (r == NULL) {
                *failed = 1;
            }
            return r;
        }
        if (o == NULL) {
            if (!*failed && PyErr_Occurred() == NULL) {
                PyErr_SetString(SUBPY_EXC(SystemError), "NULL object passed to Py_BuildValue");
            }
            *failed = 1;
            return NULL;
        }
        if (code == 'N') {
            if (*failed) {
                Py_DECREF(o); /* 'N' steals even on failure */
                return NULL;
            }
            return o;
        }
        return *failed ? NULL : Py_NewRef(o);
    }
    default:
        PyErr_Format(SUBPY_EXC(SystemError), "bad format char '%c' passed to Py_BuildValue", code);
        *failed = 1;
        return NULL;
    }
    if (r == NULL && !*failed) {
        *failed = 1;
    }
    return r;
}

static PyObject *vbuild(const char *format, args_t *a)
{
    if (format == NULL) {
        Py_RETURN_NONE;
    }
    Py_ssize_t n = count_items(format, '\0');
    int failed = 0;
    const char *f = format;
    if (n == 0) {
        Py_RETURN_NONE;
    }
    if (n == 1) {
        skip_separators(&f);
        return build_one(&f, a, &failed);
    }
    return build_seq(&f, a, '\0', 0, &failed);
}

PyObject *Py_VaBuildValue(const char *format, va_list va)
{
    args_t a;
    va_copy(a.ap, va);
    PyObject *r = vbuild(format, &a);
    va_end(a.ap);
    return r;
}

PyObject *Py_BuildValue(const char *format, ...)
{
    args_t a;
    va_start(a.ap, format);
    PyObject *r = vbuild(format, &a);
    va_end(a.ap);
    return r;
}

/* --- calls with a format -------------------------------------------------- */

/* The argument tuple of a format: a tuple built from it, or the single
 * built value wrapped in one (a format that builds one tuple is used as it
 * is, as CPython's). */
static PyObject *call_args(const char *format, args_t *a)
{
    if (format == NULL || *format == '\0') {
        return PyTuple_New(0);
    }
    PyObject *v = vbuild(format, a);
    if (v == NULL) {
        return NULL;
    }
    if (PyTuple_Check(v)) {
        return v;
    }
    PyObject *t = PyTuple_Pack(1, v);
    Py_DECREF(v);
    return t;
}

PyObject *PyObject_CallFunction(PyObject *callable, const char *format, ...)
{
    if (callable == NULL) {
        return SUBPY_BADCALL(NULL);
    }
    args_t a;
    va_start(a.ap, format);
    PyObject *args = call_args(format, &a);
    va_end(a.ap);
    if (args == NULL) {
        return NULL;
    }
    PyObject *r = PyObject_Call(callable, args, NULL);
    Py_DECREF(args);
    return r;
}

PyObject *PyObject_CallMethod(PyObject *obj, const char *name, const char *format, ...)
{
    if (obj == NULL || name == NULL) {
        return SUBPY_BADCALL(NULL);
    }
    PyObject *m = PyObject_GetAttrString(obj, name);
    if (m == NULL) {
        return NULL;
    }
    args_t a;
    va_start(a.ap, format);
    PyObject *args = call_args(format, &a);
    va_end(a.ap);
    PyObject *r = NULL;
    if (args != NULL) {
        r = PyObject_Call(m, args, NULL);
        Py_DECREF(args);
    }
    Py_DECREF(m);
    return r;
}

static PyObject *objargs_tuple(va_list va)
{
    va_list count;
    va_copy(count, va);
    Py_ssize_t n = 0;
    while (va_arg(count, PyObject *) != NULL) {
        n++;
    }
    va_end(count);
    PyObject *t = PyTuple_New(n);
    if (t == NULL) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyTuple_SetItem(t, i, Py_NewRef(va_arg(va, PyObject *)));
    }
    return t;
}

PyObject *PyObject_CallFunctionObjArgs(PyObject *callable, ...)
{
    if (callable == NULL) {
        return SUBPY_BADCALL(NULL);
    }
    va_list va;
    va_start(va, callable);
    PyObject *args = objargs_tuple(va);
    va_end(va);
    if (args == NULL) {
        return NULL;
    }
    PyObject *r = PyObject_Call(callable, args, NULL);
    Py_DECREF(args);
    return r;
}

PyObject *PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...)
{
    if (obj == NULL || name == NULL) {
        return SUBPY_BADCALL(NULL);
    }
    PyObject *m = PyObject_GetAttr(obj, name);
    if (m == NULL) {
        return NULL;
    }
    va_list va;
    va_start(va, name);
    PyObject *args = objargs_tuple(va);
    va_end(va);
    PyObject *r = NULL;
    if (args != NULL) {
        r = PyObject_Call(m, args, NULL);
        Py_DECREF(args);
    }
    Py_DECREF(m);
    return r;
}

/* --- PyArg_* ---------------------------------------------------------------- */

/* The function name of a format (after ':'), or NULL; the message after
 * ';' replaces the whole error message of a type mismatch. */
static void format_tail(const char *format, const char **fname, const char **message)
{
    *fname = NULL;
    *message = NULL;
    const char *c = strchr(format, ':');
    const char *s = strchr(format, ';');
    if (c != NULL && (s == NULL || c < s)) {
        *fname = c + 1;
    } else if (s != NULL) {
        *message = s + 1;
    }
}

/* "f() " or "" for messages. */
static void fname_prefix(char *buf, size_t cap, const char *fname)
{
    if (fname == NULL) {
        buf[0] = '\0';
        return;
    }
    size_t n = strcspn(fname, ";");
    snprintf(buf, cap, "%.*s() ", (int)(n > 200 ? 200 : n), fname);
}

/* Reports a wrong argument type as CPython 3.13 does. */
static int arg_type_error(const char *fname, const char *message, int argnum, const char *expected, PyObject *arg)
{
    if (message != NULL) {
        PyErr_SetString(SUBPY_EXC(TypeError), message);
        return 0;
    }
    char pre[256];
    fname_prefix(pre, sizeof pre, fname);
    const char *got = subpy_is_none_object(arg) ? "None" : Py_TYPE(arg)->tp_name;
    if (fname != NULL) {
        PyErr_Format(SUBPY_EXC(TypeError), "%sargument %d must be %s, not %s", pre, argnum, expected, got);
    } else {
        PyErr_Format(SUBPY_EXC(TypeError), "argument %d must be %s, not %s", argnum, expected, got);
    }
    return 0;
}

/* Converts one argument; advances *fmt past its code. 0 on error. */
static int convert_one(PyObject *arg, const char **fmt, args_t *a, const char *fname, const char *message, int argnum);

/* CPython 3.13 reports a non-integer as PyLong_AsLong does ("'str'
 * object cannot be interpreted as an integer"), not as a bad argument. */
static int convert_long(PyObject *arg, long long *out, const char *fname, const char *message, int argnum)
{
    (void)fname;
    (void)message;
    (void)argnum;
    *out = PyLong_AsLongLong(arg);
    return !(*out == -1 && PyErr_Occurred() != NULL);
}

static int range_error(int too_big, const char *what)
{
    PyErr_Format(SUBPY_EXC(OverflowError), "%s is %s", what, too_big ? "greater than maximum" : "less than minimum");
    return 0;
}

static int convert_nested(PyObject *arg, const char **fmt, args_t *a, const char *fname, const char *message, int argnum)
{
    Py_ssize_t n = count_items(*fmt, ')');
    if (!PyTuple_Check(arg) && !PyList_Check(arg)) {
        char expected[64];
        snprintf(expected, sizeof expected, "%zd-item sequence", n);
        return arg_type_error(fname, message, argnum, expected, arg);
    }
    Py_ssize_t len = PyObject_Size(arg);
    if (len != n) {
        PyErr_Format(SUBPY_EXC(TypeError), "%s must be sequence of length %zd, not %zd",
                     fname == NULL ? "argument" : fname, n, len);
        return 0;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        skip_separators(fmt);
        PyObject *item = PySequence_GetItem(arg, i);
        if (item == NULL) {
            return 0;
        }
        int ok = convert_one(item, fmt, a, fname, message, argnum);
        Py_DECREF(item);
        if (!ok) {
            return 0;
        }
    }
    skip_separators(fmt);
    if (**fmt == ')') {
        (*fmt)++;
    }
    return 1;
}

static int convert_one(PyObject *arg, const char **fmt, args_t *a, const char *fname, const char *message, int argnum)
{
    char code = *(*fmt)++;
    long long v;
    switch (code) {
    case '(':
        return convert_nested(arg, fmt, a, fname, message, argnum);
    case 'b': {
        unsigned char *p = va_arg(a->ap, unsigned char *);
        if (!convert_long(arg, &v, fname, message, argnum)) return 0;
        if (v < 0) return range_error(0, "unsigned byte integer");
        if (v > 255) return range_error(1, "unsigned byte integer");
        *p = (unsigned char)v;
        return 1;
    }
    case 'B': {
        unsigned char *p = va_arg(a->ap, unsigned char *);
        if (!convert_long(arg, &v, fname, message, argnum)) return 0;
        *p = (unsigned char)v;
        return 1;
    }
    case 'h': {
        short *p = va_arg(a->ap, short *);
        if (!convert_long(arg, &v, fname, message, argnum)) return 0;
        if (v < SHRT_MIN) return range_error(0, "signed short integer");
        if (v > SHRT_MAX) return range_error(1, "signed short integer");
        *p = (short)v;
        return 1;
    }
    case 'H': {
        unsigned short *p = va_arg(a->ap, unsigned short *);
        if (!convert_long(arg, &v, fname, message, argnum)) return 0;
        *p = (unsigned short)v;
        return 1;
    }
    case 'i': {
        int *p = va_arg(a->ap, int *);
        if (!convert_long(arg, &v, fname, message, argnum)) return 0;
        if (v < INT_MIN) return range_error(0, "signed integer");
        if (v > INT_MAX) return range_error(1, "signed integer");
        *p = (int)v;
        return 1;
    }
    case 'I': {
        unsigned int *p = va_arg(a->ap, unsigned int *);
        if (!convert_long(arg, &v, fname, message, argnum)) return 0;
        *p = (unsigned int)v;
        return 1;
    }
    case 'l': case 'L': case 'n': {
        void *p = va_arg(a->ap, void *);
        if (code == 'n') {
            PyObject *i = PyNumber_Index(arg);
            if (i == NULL) {
                if (PyErr_ExceptionMatches(SUBPY_EXC(TypeError))) {
                    PyErr_Clear();
                    return arg_type_error(fname, message, argnum, "int", arg);
                }
                return 0;
            }
            Py_ssize_t s = PyLong_AsSsize_t(i);
            Py_DECREF(i);
            if (s == -1 && PyErr_Occurred() != NULL) return 0;
            *(Py_ssize_t *)p = s;
            return 1;
        }
        if (!convert_long(arg, &v, fname, message, argnum)) return 0;
        if (code == 'l') *(long *)p = (long)v; else *(long long *)p = v;
        return 1;
    }
    case 'k': case 'K': {
        void *p = va_arg(a->ap, void *);
        if (!PyLong_Check(arg)) return arg_type_error(fname, message, argnum, "int", arg);
        unsigned long long u = PyLong_AsUnsignedLongLong(arg);
        if (u == (unsigned long long)-1 && PyErr_Occurred() != NULL) {
            PyErr_Clear(); /* CPython masks: take the low bits */
            u = (unsigned long long)PyLong_AsLongLong(arg);
            if (PyErr_Occurred() != NULL) return 0;
        }
        if (code == 'k') *(unsigned long *)p = (unsigned long)u; else *(unsigned long long *)p = u;
        return 1;
    }
    case 'd': case 'f': {
        void *p = va_arg(a->ap, void *);
        double d = PyFloat_AsDouble(arg); /* its TypeError is CPython's message too */
        if (d == -1.0 && PyErr_Occurred() != NULL) {
            return 0;
        }
        if (code == 'd') *(double *)p = d; else *(float *)p = (float)d;
        return 1;
    }
    case 'p': {
        int *p = va_arg(a->ap, int *);
        int t = PyObject_IsTrue(arg);
        if (t < 0) return 0;
        *p = t;
        return 1;
    }
    case 'c': {
        char *p = va_arg(a->ap, char *);
        if (!PyBytes_Check(arg) || PyBytes_Size(arg) != 1) {
            return arg_type_error(fname, message, argnum, "a byte string of length 1", arg);
        }
        *p = PyBytes_AsString(arg)[0];
        return 1;
    }
    case 'C': {
        int *p = va_arg(a->ap, int *);
        if (!PyUnicode_Check(arg) || PyUnicode_GetLength(arg) != 1) {
            return arg_type_error(fname, message, argnum, "a unicode character", arg);
        }
        PyObject *o = PyObject_CallMethod(PyEval_GetBuiltins(), "__getitem__", "s", "ord");
        PyObject *n = o == NULL ? NULL : PyObject_CallOneArg(o, arg);
        Py_XDECREF(o);
        if (n == NULL) return 0;
        *p = (int)PyLong_AsLong(n);
        Py_DECREF(n);
        return 1;
    }
    case 's': case 'z': case 'y': {
        const char **p = va_arg(a->ap, const char **);
        Py_ssize_t *len = NULL;
        if (**fmt == '#') {
            (*fmt)++;
            len = va_arg(a->ap, Py_ssize_t *);
        }
        if (code == 'z' && subpy_is_none_object(arg)) {
            *p = NULL;
            if (len != NULL) *len = 0;
            return 1;
        }
        const char *s;
        Py_ssize_t n;
        if (code == 'y') {
            if (!PyBytes_Check(arg)) return arg_type_error(fname, message, argnum, "bytes", arg);
            char *b;
            if (PyBytes_AsStringAndSize(arg, &b, &n) < 0) return 0;
            s = b;
        } else {
            if (!PyUnicode_Check(arg)) {
                return arg_type_error(fname, message, argnum, code == 'z' ? "str or None" : "str", arg);
            }
            s = PyUnicode_AsUTF8AndSize(arg, &n);
            if (s == NULL) return 0;
        }
        if (len == NULL && strlen(s) != (size_t)n) {
            PyErr_SetString(SUBPY_EXC(ValueError), code == 'y' ? "embedded null byte" : "embedded null character");
            return 0;
        }
        *p = s;
        if (len != NULL) *len = n;
        return 1;
    }
    case 'S': case 'U': case 'O': {
        if (code == 'O' && **fmt == '!') {
            (*fmt)++;
            PyTypeObject *type = va_arg(a->ap, PyTypeObject *);
            PyObject **p = va_arg(a->ap, PyObject **);
            if (!PyObject_TypeCheck(arg, type)) {
                return arg_type_error(fname, message, argnum, type->tp_name, arg);
            }
            *p = arg;
            return 1;
        }
        if (code == 'O' && **fmt == '&') {
            (*fmt)++;
            converter conv = va_arg(a->ap, converter);
            void *addr = va_arg(a->ap, void *);
            return conv(arg, addr) != 0;
        }
        PyObject **p = va_arg(a->ap, PyObject **);
        if (code == 'S' && !PyBytes_Check(arg)) return arg_type_error(fname, message, argnum, "bytes", arg);
        if (code == 'U' && !PyUnicode_Check(arg)) return arg_type_error(fname, message, argnum, "str", arg);
        *p = arg; /* borrowed */
        return 1;
    }
    default:
        PyErr_Format(SUBPY_EXC(SystemError), "bad format char '%c' passed to PyArg_Parse", code);
        return 0;
    }
}

/* Skips the C arguments of one format item that has no argument. */
static void skip_one(const char **fmt, args_t *a)
{
    char code = *(*fmt)++;
    switch (code) {
    case '(': {
        int level = 1;
        while (**fmt != '\0' && level > 0) {
            char ch = **fmt;
            if (ch == '(') {
                level++;
                (*fmt)++;
            } else if (ch == ')') {
                level--;
                (*fmt)++;
            } else if (ch == ',' || ch == ' ') {
                (*fmt)++;
            } else {
                skip_one(fmt, a);
            }
        }
        return;
    }
    case 'O':
        if (**fmt == '!' || **fmt == '&') {
            (*fmt)++;
            (void)va_arg(a->ap, void *);
        }
        (void)va_arg(a->ap, void *);
        return;
    case 's': case 'z': case 'y':
        (void)va_arg(a->ap, void *);
        if (**fmt == '#') {
            (*fmt)++;
            (void)va_arg(a->ap, void *);
        }
        return;
    default:
        (void)va_arg(a->ap, void *);
    }
}

/* The counts of a format's items: min (before '|'), max (all), and the
 * number before '$' (positional ones; max when there is none). */
static void count_format(const char *format, int *min, int *max, int *maxpos)
{
    int level = 0, n = 0;
    *min = -1;
    *maxpos = -1;
    for (const char *f = format; *f != '\0' && *f != ':' && *f != ';'; f++) {
        char ch = *f;
        if (ch == '(') {
            if (level == 0) n++;
            level++;
        } else if (ch == ')') {
            level--;
        } else if (level == 0) {
            if (ch == '|') *min = n;
            else if (ch == '$') *maxpos = n;
            else if (ch == '#' || ch == '&' || ch == '!' || ch == ' ' || ch == ',') continue;
            else n++;
        }
    }
    *max = n;
    if (*min < 0) *min = n;
    if (*maxpos < 0) *maxpos = n;
}

static int vparse(PyObject *args, PyObject *kwargs, const char *format, char *const *kwlist, args_t *a)
{
    if (args == NULL || !PyTuple_Check(args) || format == NULL) {
        PyErr_SetString(SUBPY_EXC(SystemError), "new style getargs format but argument is not a tuple");
        return 0;
    }
    if (kwargs != NULL && !PyDict_Check(kwargs)) {
        PyErr_BadInternalCall();
        return 0;
    }
    const char *fname, *message;
    format_tail(format, &fname, &message);
    char pre[256];
    fname_prefix(pre, sizeof pre, fname);
    int min, max, maxpos;
    count_format(format, &min, &max, &maxpos);
    Py_ssize_t nargs = PyTuple_Size(args);
    Py_ssize_t nkw = kwargs == NULL ? 0 : PyDict_Size(kwargs);
    if (kwlist == NULL) {
        if (nargs < min || nargs > max) {
            if (message != NULL) {
                PyErr_SetString(SUBPY_EXC(TypeError), message);
            } else if (min == max) {
                PyErr_Format(SUBPY_EXC(TypeError), "%s%s %d argument%s (%zd given)",
                             fname == NULL ? "function" : pre, fname == NULL ? " takes exactly" : "takes exactly",
                             max, max == 1 ? "" : "s", nargs);
            } else {
                int atleast = nargs < min;
                PyErr_Format(SUBPY_EXC(TypeError), "%s%s %d argument%s (%zd given)",
                             fname == NULL ? "function " : pre, atleast ? "takes at least" : "takes at most",
                             atleast ? min : max, (atleast ? min : max) == 1 ? "" : "s", nargs);
            }
            return 0;
        }
    } else if (nargs > maxpos) {
        PyErr_Format(SUBPY_EXC(TypeError), "%stakes %s %d positional argument%s (%zd given)",
                     fname == NULL ? "function " : pre, min < maxpos ? "at most" : "exactly", maxpos,
                     maxpos == 1 ? "" : "s", nargs);
        return 0;
    }
    const char *f = format;
    int optional = 0, i = 0;
    Py_ssize_t kwused = 0;
    while (*f != '\0' && *f != ':' && *f != ';') {
        if (*f == '|') {
            optional = 1;
            f++;
            continue;
        }
        if (*f == '$' || *f == ' ' || *f == ',') {
            f++;
            continue;
        }
        PyObject *arg = NULL;
        const char *kwname = kwlist != NULL ? kwlist[i] : NULL;
        if (i < nargs) {
            arg = PyTuple_GetItem(args, i);
            if (kwname != NULL && kwname[0] != '\0' && nkw > 0 && PyDict_GetItemString(kwargs, kwname) != NULL) {
                char who[256];
                snprintf(who, sizeof who, "%s", fname == NULL ? "function " : pre);
                who[strlen(who) - 1] = '\0'; /* no trailing space */
                PyErr_Format(SUBPY_EXC(TypeError), "argument for %s given by name ('%s') and position (%d)",
                             who, kwname, i + 1);
                return 0;
            }
        } else if (kwname != NULL && kwname[0] != '\0' && nkw > 0) {
            arg = PyDict_GetItemString(kwargs, kwname);
            if (arg != NULL) {
                kwused++;
            }
        }
        if (arg == NULL) {
            if (!optional) {
                if (kwlist != NULL && kwname != NULL && kwname[0] != '\0') {
                    PyErr_Format(SUBPY_EXC(TypeError), "%smissing required argument '%s' (pos %d)",
                                 fname == NULL ? "function " : pre, kwname, i + 1);
                } else {
                    PyErr_Format(SUBPY_EXC(TypeError), "%stakes at least %d positional argument%s (%zd given)",
                                 fname == NULL ? "function " : pre, min, min == 1 ? "" : "s", nargs);
                }
                return 0;
            }
            skip_one(&f, a);
        } else if (!convert_one(arg, &f, a, fname, message, i + 1)) {
            return 0;
        }
        i++;
    }
    if (kwused < nkw) {
        /* a keyword that names no parameter */
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        while (PyDict_Next(kwargs, &pos, &key, &value)) {
            const char *k = PyUnicode_Check(key) ? PyUnicode_AsUTF8(key) : NULL;
            int known = 0;
            for (int j = 0; k != NULL && kwlist != NULL && kwlist[j] != NULL; j++) {
                if (strcmp(kwlist[j], k) == 0 && j >= nargs) {
                    known = 1;
                }
            }
            if (!known) {
                if (kwlist == NULL) {
                    PyErr_Format(SUBPY_EXC(TypeError), "%stakes no keyword arguments", fname == NULL ? "function " : pre);
                } else if (k == NULL) {
                    PyErr_SetString(SUBPY_EXC(TypeError), "keywords must be strings");
                } else {
                    PyErr_Format(SUBPY_EXC(TypeError), "%sgot an unexpected keyword argument '%s'",
                                 fname == NULL ? "function " : pre, k);
                }
                return 0;
            }
        }
    }
    return 1;
}

int PyArg_ParseTuple(PyObject *args, const char *format, ...)
{
    args_t a;
    va_start(a.ap, format);
    int r = vparse(args, NULL, format, NULL, &a);
    va_end(a.ap);
    return r;
}

int PyArg_VaParse(PyObject *args, const char *format, va_list va)
{
    args_t a;
    va_copy(a.ap, va);
    int r = vparse(args, NULL, format, NULL, &a);
    va_end(a.ap);
    return r;
}

int PyArg_ParseTupleAndKeywords(PyObject *args, PyObject *kwargs, const char *format, char *const *kwlist, ...)
{
    if (kwlist == NULL) {
        PyErr_BadInternalCall();
        return 0;
    }
    args_t a;
    va_start(a.ap, kwlist);
    int r = vparse(args, kwargs, format, kwlist, &a);
    va_end(a.ap);
    return r;
}

int PyArg_UnpackTuple(PyObject *args, const char *name, Py_ssize_t min, Py_ssize_t max, ...)
{
    if (args == NULL || !PyTuple_Check(args)) {
        PyErr_SetString(SUBPY_EXC(SystemError), "PyArg_UnpackTuple() argument list is not a tuple");
        return 0;
    }
    Py_ssize_t n = PyTuple_Size(args);
    if (n < min || n > max) {
        const char *how = min == max ? "" : n < min ? "at least " : "at most ";
        Py_ssize_t want = n < min ? min : max;
        if (name != NULL) {
            PyErr_Format(SUBPY_EXC(TypeError), "%s expected %s%zd argument%s, got %zd", name, how, want,
                         want == 1 ? "" : "s", n);
        } else {
            PyErr_Format(SUBPY_EXC(TypeError), "unpacked tuple should have %s%zd element%s, but has %zd",
                         how, want, want == 1 ? "" : "s", n);
        }
        return 0;
    }
    va_list va;
    va_start(va, max);
    for (Py_ssize_t i = 0; i < n; i++) {
        *va_arg(va, PyObject **) = PyTuple_GetItem(args, i);
    }
    va_end(va);
    return 1;
}

/* --- C functions ------------------------------------------------------------ */

PyObject *PyCFunction_NewEx(PyMethodDef *ml, PyObject *self, PyObject *module)
{
    (void)module;
    if (ml == NULL || ml->ml_name == NULL) {
        return SUBPY_BADCALL(NULL);
    }
    return subpy_new(__func__, SUBPY_NEW_CFUNCTION, ml->ml_name, 0, 0, 0, ml, self);
}

#undef PyCFunction_New
PyObject *PyCFunction_New(PyMethodDef *ml, PyObject *self)
{
    return PyCFunction_NewEx(ml, self, NULL);
}

/* Called by the engine when Python calls a C function: the calling
 * conventions of ml_flags (METH_NOARGS, METH_O, METH_VARARGS with or
 * without METH_KEYWORDS, METH_FASTCALL with or without METH_KEYWORDS). */
static void *call_cfunction(void *def, void *self_, void *args_, void *kwargs_)
{
    PyMethodDef *ml = def;
    PyObject *self = self_, *args = args_, *kwargs = kwargs_;
    Py_ssize_t nargs = PyTuple_Size(args);
    int has_kw = kwargs != NULL && PyDict_Size(kwargs) > 0;
    int flags = ml->ml_flags & ~(METH_CLASS | METH_STATIC | METH_COEXIST);
    /* CPython names a module function "module.name" in these messages */
    char mod_prefix[128] = "";
    if (self != NULL && PyModule_Check(self)) {
        PyObject *saved = PyErr_GetRaisedException();
        const char *mname = PyModule_GetName(self);
        if (mname != NULL) {
            snprintf(mod_prefix, sizeof mod_prefix, "%s.", mname);
        }
        PyErr_SetRaisedException(saved);
    }
    switch (flags) {
    case METH_NOARGS:
    case METH_O:
        if (has_kw) {
            PyErr_Format(SUBPY_EXC(TypeError), "%s%s() takes no keyword arguments", mod_prefix, ml->ml_name);
            return NULL;
        }
        if (flags == METH_NOARGS) {
            if (nargs != 0) {
                PyErr_Format(SUBPY_EXC(TypeError), "%s%s() takes no arguments (%zd given)", mod_prefix, ml->ml_name, nargs);
                return NULL;
            }
            return ml->ml_meth(self, NULL);
        }
        if (nargs != 1) {
            PyErr_Format(SUBPY_EXC(TypeError), "%s%s() takes exactly one argument (%zd given)", mod_prefix, ml->ml_name, nargs);
            return NULL;
        }
        return ml->ml_meth(self, PyTuple_GetItem(args, 0));
    case METH_VARARGS:
        if (has_kw) {
            PyErr_Format(SUBPY_EXC(TypeError), "%s() takes no keyword arguments", ml->ml_name);
            return NULL;
        }
        return ml->ml_meth(self, args);
    case METH_VARARGS | METH_KEYWORDS:
        return ((PyCFunctionWithKeywords)(void (*)(void))ml->ml_meth)(self, args, has_kw ? kwargs : NULL);
    case METH_FASTCALL:
    case METH_FASTCALL | METH_KEYWORDS: {
        if (has_kw && flags == METH_FASTCALL) {
            PyErr_Format(SUBPY_EXC(TypeError), "%s%s() takes no keyword arguments", mod_prefix, ml->ml_name);
            return NULL;
        }
        Py_ssize_t nkw = has_kw ? PyDict_Size(kwargs) : 0;
        PyObject **stack = malloc(sizeof(PyObject *) * (size_t)(nargs + nkw + 1));
        if (stack == NULL) {
            return PyErr_NoMemory();
        }
        for (Py_ssize_t i = 0; i < nargs; i++) {
            stack[i] = PyTuple_GetItem(args, i);
        }
        PyObject *kwnames = NULL;
        if (nkw > 0) {
            kwnames = PyTuple_New(nkw);
            Py_ssize_t pos = 0, i = 0;
            PyObject *k, *v;
            while (kwnames != NULL && PyDict_Next(kwargs, &pos, &k, &v)) {
                PyTuple_SetItem(kwnames, i, Py_NewRef(k));
                stack[nargs + i] = v;
                i++;
            }
            if (kwnames == NULL) {
                free(stack);
                return NULL;
            }
        }
        PyObject *r;
        if (flags == METH_FASTCALL) {
            r = ((PyCFunctionFast)(void (*)(void))ml->ml_meth)(self, stack, nargs);
        } else {
            r = ((PyCFunctionFastWithKeywords)(void (*)(void))ml->ml_meth)(self, stack, nargs, kwnames);
        }
        Py_XDECREF(kwnames);
        free(stack);
        return r;
    }
    default:
        PyErr_Format(SUBPY_EXC(SystemError), "%s() method: bad call flags", ml->ml_name);
        return NULL;
    }
}

/* --- host modules ----------------------------------------------------------- */

int PyModule_AddFunctions(PyObject *m, PyMethodDef *functions)
{
    for (PyMethodDef *ml = functions; ml != NULL && ml->ml_name != NULL; ml++) {
        if (ml->ml_flags & (METH_CLASS | METH_STATIC)) {
            PyErr_Format(SUBPY_EXC(ValueError), "module functions cannot set METH_CLASS or METH_STATIC");
            return -1;
        }
        PyObject *f = PyCFunction_NewEx(ml, m, NULL);
        if (f == NULL) {
            return -1;
        }
        int r = PyObject_SetAttrString(m, ml->ml_name, f);
        Py_DECREF(f);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

PyObject *PyModule_Create2(PyModuleDef *def, int apiver)
{
    (void)apiver;
    if (def == NULL || def->m_name == NULL) {
        return SUBPY_BADCALL(NULL);
    }
    if (def->m_slots != NULL) {
        PyErr_Format(SUBPY_EXC(SystemError), "module %s: PyModule_Create is incompatible with m_slots", def->m_name);
        return NULL;
    }
    PyObject *m = PyModule_New(def->m_name);
    if (m == NULL) {
        return NULL;
    }
    if (PyModule_AddFunctions(m, def->m_methods) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    if (def->m_doc != NULL) {
        PyObject *doc = PyUnicode_FromString(def->m_doc);
        if (doc == NULL || PyObject_SetAttrString(m, "__doc__", doc) < 0) {
            Py_XDECREF(doc);
            Py_DECREF(m);
            return NULL;
        }
        Py_DECREF(doc);
    }
    return m;
}

/* The host modules of PyImport_AppendInittab: a process-wide list, set
 * before Py_Initialize (as CPython requires), read by imports. */
static struct {
    pthread_mutex_t mu;
    struct inittab_entry {
        char *name;
        PyObject *(*init)(void);
    } *entries;
    size_t n;
} inittab = { .mu = PTHREAD_MUTEX_INITIALIZER };

int PyImport_AppendInittab(const char *name, PyObject *(*initfunc)(void))
{
    if (name == NULL || initfunc == NULL) {
        return -1;
    }
    pthread_mutex_lock(&inittab.mu);
    struct inittab_entry *grown = realloc(inittab.entries, sizeof *grown * (inittab.n + 1));
    char *copy = strdup(name);
    if (grown == NULL || copy == NULL) {
        free(copy);
        if (grown != NULL) {
            inittab.entries = grown;
        }
        pthread_mutex_unlock(&inittab.mu);
        return -1;
    }
    inittab.entries = grown;
    inittab.entries[inittab.n].name = copy;
    inittab.entries[inittab.n].init = initfunc;
    inittab.n++;
    pthread_mutex_unlock(&inittab.mu);
    return 0;
}

static void *inittab_module(const char *name)
{
    PyObject *(*init)(void) = NULL;
    pthread_mutex_lock(&inittab.mu);
    for (size_t i = 0; i < inittab.n; i++) {
        if (strcmp(inittab.entries[i].name, name) == 0) {
            init = inittab.entries[i].init;
        }
    }
    pthread_mutex_unlock(&inittab.mu);
    if (init == NULL) {
        return NULL;
    }
    PyObject *m = init();
    if (m == NULL && PyErr_Occurred() == NULL) {
        PyErr_Format(SUBPY_EXC(SystemError), "initialization of %s failed without raising an exception", name);
    }
    return m;
}

void subpy_modsupport_fill_table(subpy_front_table *table)
{
    table->call_cfunction = call_cfunction;
    table->inittab_module = inittab_module;
}

/* --- PyUnicode_FromFormat ----------------------------------------------------- */

/* Appends to a growing buffer. */
typedef struct {
    char *p;
    size_t len, cap;
    int failed;
} buf_t;

static void buf_add(buf_t *b, const char *s, size_t n)
{
    if (b->failed) {
        return;
    }
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->cap + n + 1) * 2;
        char *p = realloc(b->p, cap);
        if (p == NULL) {
            b->failed = 1;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

/* Appends str s cut to precision characters (-1: all) and padded with
 * spaces to width characters (-1: none), on the left unless left. */
static void buf_str(buf_t *b, PyObject *s, int left, int width, int precision)
{
    Py_ssize_t n;
    const char *u = s == NULL ? NULL : PyUnicode_AsUTF8AndSize(s, &n);
    if (u == NULL) {
        b->failed = 1;
        return;
    }
    /* code points: the bytes that do not continue a UTF-8 sequence */
    size_t bytes = 0, chars = 0;
    while (bytes < (size_t)n) {
        if (precision >= 0 && chars == (size_t)precision) {
            break;
        }
        bytes++;
        while (bytes < (size_t)n && ((unsigned char)u[bytes] & 0xC0) == 0x80) {
            bytes++;
        }
        chars++;
    }
    size_t pad = width > 0 && (size_t)width > chars ? (size_t)width - chars : 0;
    for (size_t i = 0; !left && i < pad; i++) {
        buf_add(b, " ", 1);
    }
    buf_add(b, u, bytes);
    for (size_t i = 0; left && i < pad; i++) {
        buf_add(b, " ", 1);
    }
}

/* The common codes: %% %c %d %i %u %ld %li %lu %lld %lli %llu %zd %zi %zu
 * %x %p %s %U %V %S %R %A, with precision for %s. */
PyObject *PyUnicode_FromFormatV(const char *format, va_list vargs)
{
    buf_t b = {0};
    va_list va;
    va_copy(va, vargs);
    buf_add(&b, "", 0);
    for (const char *f = format; *f != '\0' && !b.failed; f++) {
        if (*f != '%') {
            const char *start = f;
            while (f[1] != '\0' && f[1] != '%') {
                f++;
            }
            buf_add(&b, start, (size_t)(f - start + 1));
            continue;
        }
        const char *spec = f++;
        /* flags, width and precision are passed to snprintf for numbers;
         * for strings, width and precision count characters (%s: the
         * precision counts bytes, as CPython's) */
        int left = 0, width = -1;
        while (*f == '-' || *f == '0' || *f == ' ' || *f == '+' || *f == '#') {
            left |= *f == '-';
            f++;
        }
        if (*f == '*') {
            width = va_arg(va, int);
            if (width < 0) {
                left = 1;
                width = -width;
            }
            f++;
        }
        while (*f >= '0' && *f <= '9') width = (width < 0 ? 0 : width * 10) + (*f++ - '0');
        int precision = -1;
        if (*f == '.') {
            f++;
            precision = 0;
            if (*f == '*') {
                precision = va_arg(va, int);
                f++;
            }
            while (*f >= '0' && *f <= '9') precision = precision * 10 + (*f++ - '0');
        }
        int longs = 0, size_t_mod = 0;
        while (*f == 'l') { longs++; f++; }
        if (*f == 'z') { size_t_mod = 1; f++; }
        char tmp[128], sub[32];
        size_t speclen = (size_t)(f - spec + 1);
        if (speclen >= sizeof sub) speclen = sizeof sub - 1;
        memcpy(sub, spec, speclen);
        sub[speclen] = '\0';
        switch (*f) {
        case '%':
            buf_add(&b, "%", 1);
            break;
        case 'c': {
            int c = va_arg(va, int);
            PyObject *s = NULL;
            char u8[5];
            int n = 0;
            if (c < 0x80) { u8[n++] = (char)c; }
            else if (c < 0x800) { u8[n++] = (char)(0xC0 | (c >> 6)); u8[n++] = (char)(0x80 | (c & 0x3F)); }
            else if (c < 0x10000) { u8[n++] = (char)(0xE0 | (c >> 12)); u8[n++] = (char)(0x80 | ((c >> 6) & 0x3F)); u8[n++] = (char)(0x80 | (c & 0x3F)); }
            else { u8[n++] = (char)(0xF0 | (c >> 18)); u8[n++] = (char)(0x80 | ((c >> 12) & 0x3F)); u8[n++] = (char)(0x80 | ((c >> 6) & 0x3F)); u8[n++] = (char)(0x80 | (c & 0x3F)); }
            (void)s;
            buf_add(&b, u8, (size_t)n);
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            if (size_t_mod) {
                if (*f == 'd' || *f == 'i') snprintf(tmp, sizeof tmp, sub, va_arg(va, Py_ssize_t));
                else snprintf(tmp, sizeof tmp, sub, va_arg(va, size_t));
            } else if (longs >= 2) {
                if (*f == 'd' || *f == 'i') snprintf(tmp, sizeof tmp, sub, va_arg(va, long long));
                else snprintf(tmp, sizeof tmp, sub, va_arg(va, unsigned long long));
            } else if (longs == 1) {
                if (*f == 'd' || *f == 'i') snprintf(tmp, sizeof tmp, sub, va_arg(va, long));
                else snprintf(tmp, sizeof tmp, sub, va_arg(va, unsigned long));
            } else {
                if (*f == 'd' || *f == 'i') snprintf(tmp, sizeof tmp, sub, va_arg(va, int));
                else snprintf(tmp, sizeof tmp, sub, va_arg(va, unsigned int));
            }
            buf_add(&b, tmp, strlen(tmp));
            break;
        }
        case 'p':
            snprintf(tmp, sizeof tmp, "%p", va_arg(va, void *));
            buf_add(&b, tmp, strlen(tmp));
            break;
        case 's': {
            const char *s = va_arg(va, const char *);
            size_t n = s == NULL ? 0 : strlen(s);
            if (precision >= 0 && (size_t)precision < n) {
                n = (size_t)precision; /* bytes, then decoded with "replace" */
            }
            PyObject *o = s == NULL ? PyUnicode_FromString("(null)") : PyUnicode_DecodeUTF8(s, (Py_ssize_t)n, "replace");
            buf_str(&b, o, left, width, -1);
            Py_XDECREF(o);
            break;
        }
        case 'U':
            buf_str(&b, va_arg(va, PyObject *), left, width, precision);
            break;
        case 'V': {
            PyObject *o = va_arg(va, PyObject *);
            const char *s = va_arg(va, const char *);
            if (o != NULL) {
                buf_str(&b, o, left, width, precision);
            } else {
                PyObject *d = PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
                buf_str(&b, d, left, width, precision);
                Py_XDECREF(d);
            }
            break;
        }
        case 'S': case 'R': case 'A': {
            PyObject *o = va_arg(va, PyObject *);
            PyObject *s = *f == 'S' ? PyObject_Str(o) : *f == 'R' ? PyObject_Repr(o) : PyObject_ASCII(o);
            buf_str(&b, s, left, width, precision);
            Py_XDECREF(s);
            break;
        }
        default:
            /* CPython copies the rest of the format as it is */
            buf_add(&b, spec, strlen(spec));
            f = spec + strlen(spec) - 1;
            break;
        }
    }
    va_end(va);
    PyObject *r = NULL;
    if (!b.failed) {
        r = PyUnicode_FromStringAndSize(b.p, (Py_ssize_t)b.len);
    } else if (PyErr_Occurred() == NULL) {
        PyErr_NoMemory();
    }
    free(b.p);
    return r;
}

PyObject *PyUnicode_FromFormat(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = PyUnicode_FromFormatV(format, va);
    va_end(va);
    return r;
}

/* --- PySys_Write* ------------------------------------------------------------- */

/* Writes to sys.stdout / sys.stderr through their write method, as
 * CPython does (at most 1000 bytes of the formatted text, CPython's limit);
 * errors are ignored. */
static void sys_write(const char *stream, const char *text)
{
    PyObject *saved = PyErr_GetRaisedException();
    PyObject *file = PySys_GetObject(stream);
    PyObject *s = PyUnicode_FromString(text);
    if (file != NULL && s != NULL) {
        PyObject *r = PyObject_CallMethod(file, "write", "O", s);
        Py_XDECREF(r);
    } else if (s != NULL) {
        FILE *fp = strcmp(stream, "stdout") == 0 ? stdout : stderr;
        fputs(text, fp);
    }
    Py_XDECREF(s);
    PyErr_SetRaisedException(saved);
}

static void sys_vwrite(const char *stream, const char *format, va_list va)
{
    char text[1001];
    vsnprintf(text, sizeof text, format, va);
    sys_write(stream, text);
}

void PySys_WriteStdout(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    sys_vwrite("stdout", format, va);
    va_end(va);
}

void PySys_WriteStderr(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    sys_vwrite("stderr", format, va);
    va_end(va);
}

static void sys_vformat(const char *stream, const char *format, va_list va)
{
    PyObject *saved = PyErr_GetRaisedException();
    PyObject *s = PyUnicode_FromFormatV(format, va);
    const char *text = s == NULL ? NULL : PyUnicode_AsUTF8(s);
    if (text != NULL) {
        sys_write(stream, text);
    }
    Py_XDECREF(s);
    PyErr_SetRaisedException(saved);
}

void PySys_FormatStdout(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    sys_vformat("stdout", format, va);
    va_end(va);
}

void PySys_FormatStderr(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    sys_vformat("stderr", format, va);
    va_end(va);
}
