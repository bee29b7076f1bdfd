/* More of the C API, written on top of the object layer's functions
 * (docs/capi-objects.md, "What is there"): errors from errno, exception
 * classes, sets, str methods, files, imports by level, running files,
 * warnings, complex, slice, bytearray, recursion guards. Each calls the
 * builtin or method CPython's implementation amounts to, so messages are
 * the engine's (CPython 3.13's). */
#include "front.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* A builtin by name (new reference). */
static PyObject *builtin(const char *name)
{
    PyObject *m = PyImport_ImportModule("builtins");
    if (m == NULL) {
        return NULL;
    }
    PyObject *r = PyObject_GetAttrString(m, name);
    Py_DECREF(m);
    return r;
}

static PyObject *call_builtin(const char *name, const char *format, ...)
{
    PyObject *f = builtin(name);
    if (f == NULL) {
        return NULL;
    }
    va_list va;
    va_start(va, format);
    PyObject *args = Py_VaBuildValue(format, va);
    va_end(va);
    if (args == NULL) {
        Py_DECREF(f);
        return NULL;
    }
    if (!PyTuple_Check(args)) {
        PyObject *t = PyTuple_Pack(1, args);
        Py_DECREF(args);
        args = t;
        if (args == NULL) {
            Py_DECREF(f);
            return NULL;
        }
    }
    PyObject *r = PyObject_Call(f, args, NULL);
    Py_DECREF(args);
    Py_DECREF(f);
    return r;
}

/* --- errors -------------------------------------------------------------- */

PyObject *PyErr_SetFromErrnoWithFilenameObject(PyObject *exc, PyObject *filename)
{
    int e = errno;
    const char *msg = e != 0 ? strerror(e) : "Error";
    PyObject *v = filename != NULL && filename != Py_None
        ? PyObject_CallFunction(exc, "isO", e, msg, filename)
        : PyObject_CallFunction(exc, "is", e, msg);
    if (v != NULL) {
        PyErr_SetObject((PyObject *)Py_TYPE(v), v);
        Py_DECREF(v);
    }
    return NULL;
}

PyObject *PyErr_SetFromErrno(PyObject *exc)
{
    return PyErr_SetFromErrnoWithFilenameObject(exc, NULL);
}

PyObject *PyErr_SetFromErrnoWithFilename(PyObject *exc, const char *filename)
{
    int e = errno;
    PyObject *name = NULL;
    if (filename != NULL) {
        name = PyUnicode_DecodeFSDefault(filename);
        if (name == NULL) {
            return NULL;
        }
    }
    errno = e;
    PyErr_SetFromErrnoWithFilenameObject(exc, name);
    Py_XDECREF(name);
    return NULL;
}

PyObject *PyErr_NewException(const char *name, PyObject *base, PyObject *dict)
{
    const char *dot = name != NULL ? strrchr(name, '.') : NULL;
    if (dot == NULL) {
        PyErr_SetString(SUBPY_EXC(SystemError), "PyErr_NewException: name must be module.class");
        return NULL;
    }
    if (base == NULL) {
        base = SUBPY_EXC(Exception);
    }
    PyObject *ns = dict != NULL ? Py_NewRef(dict) : PyDict_New();
    PyObject *bases = NULL, *r = NULL;
    if (ns == NULL) {
        return NULL;
    }
    int has = PyDict_ContainsString(ns, "__module__");
    if (has < 0) {
        goto done;
    }
    if (has == 0) {
        PyObject *mod = PyUnicode_FromStringAndSize(name, dot - name);
        if (mod == NULL || PyDict_SetItemString(ns, "__module__", mod) < 0) {
            Py_XDECREF(mod);
            goto done;
        }
        Py_DECREF(mod);
    }
    bases = PyTuple_Check(base) ? Py_NewRef(base) : PyTuple_Pack(1, base);
    if (bases == NULL) {
        goto done;
    }
    r = PyObject_CallFunction((PyObject *)&PyType_Type, "sOO", dot + 1, bases, ns);
done:
    Py_XDECREF(bases);
    Py_DECREF(ns);
    return r;
}

PyObject *PyErr_NewExceptionWithDoc(const char *name, const char *doc, PyObject *base, PyObject *dict)
{
    PyObject *ns = dict != NULL ? Py_NewRef(dict) : PyDict_New();
    if (ns == NULL) {
        return NULL;
    }
    if (doc != NULL) {
        PyObject *d = PyUnicode_FromString(doc);
        if (d == NULL || PyDict_SetItemString(ns, "__doc__", d) < 0) {
            Py_XDECREF(d);
            Py_DECREF(ns);
            return NULL;
        }
        Py_DECREF(d);
    }
    PyObject *r = PyErr_NewException(name, base, ns);
    Py_DECREF(ns);
    return r;
}

/* Sets the location attributes of the current SyntaxError (CPython also
 * reads the line's text from the file; here `text` is left as it is). */
void PyErr_SyntaxLocationEx(const char *filename, int lineno, int col_offset)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL) {
        return;
    }
    PyObject *v = PyLong_FromLong(lineno);
    if (v != NULL) {
        PyObject_SetAttrString(exc, "lineno", v);
        Py_DECREF(v);
    }
    if (col_offset >= 0) {
        v = PyLong_FromLong(col_offset);
        if (v != NULL) {
            PyObject_SetAttrString(exc, "offset", v);
            Py_DECREF(v);
        }
    }
    if (filename != NULL) {
        v = PyUnicode_DecodeFSDefault(filename);
        if (v != NULL) {
            PyObject_SetAttrString(exc, "filename", v);
            Py_DECREF(v);
        }
    }
    PyErr_Clear();
    PyErr_SetRaisedException(exc);
}

void PyErr_SyntaxLocation(const char *filename, int lineno)
{
    PyErr_SyntaxLocationEx(filename, lineno, -1);
}

/* --- warnings: warnings.warn(message, category, stacklevel) ------------- */

static int warn_object(PyObject *category, PyObject *message, Py_ssize_t stacklevel)
{
    PyObject *w = PyImport_ImportModule("warnings");
    if (w == NULL) {
        return -1;
    }
    if (category == NULL) {
        category = SUBPY_EXC(RuntimeWarning);
    }
    PyObject *r = PyObject_CallMethod(w, "warn", "OOn", message, category, stacklevel);
    Py_DECREF(w);
    if (r == NULL) {
        return -1;
    }
    Py_DECREF(r);
    return 0;
}

int PyErr_WarnEx(PyObject *category, const char *message, Py_ssize_t stack_level)
{
    PyObject *m = PyUnicode_FromString(message);
    if (m == NULL) {
        return -1;
    }
    int r = warn_object(category, m, stack_level);
    Py_DECREF(m);
    return r;
}

int PyErr_WarnFormat(PyObject *category, Py_ssize_t stack_level, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *m = PyUnicode_FromFormatV(format, va);
    va_end(va);
    if (m == NULL) {
        return -1;
    }
    int r = warn_object(category, m, stack_level);
    Py_DECREF(m);
    return r;
}

/* --- recursion guard: CPython 3.13's C limit (10000 per thread) ---------- */

static _Thread_local int subpy_c_recursion_depth;

int Py_EnterRecursiveCall(const char *where)
{
    if (++subpy_c_recursion_depth > 10000) {
        --subpy_c_recursion_depth;
        PyErr_Format(SUBPY_EXC(RecursionError), "maximum recursion depth exceeded%s", where ? where : "");
        return -1;
    }
    return 0;
}

void Py_LeaveRecursiveCall(void)
{
    if (subpy_c_recursion_depth > 0) {
        --subpy_c_recursion_depth;
    }
}

/* --- sets --------------------------------------------------------------- */

PyObject *PySet_New(PyObject *iterable)
{
    return iterable != NULL ? PyObject_CallOneArg((PyObject *)&PySet_Type, iterable)
                            : PyObject_CallNoArgs((PyObject *)&PySet_Type);
}

PyObject *PyFrozenSet_New(PyObject *iterable)
{
    return iterable != NULL ? PyObject_CallOneArg((PyObject *)&PyFrozenSet_Type, iterable)
                            : PyObject_CallNoArgs((PyObject *)&PyFrozenSet_Type);
}

static int any_set(PyObject *o)
{
    return o != NULL && (PyObject_TypeCheck(o, &PySet_Type) || PyObject_TypeCheck(o, &PyFrozenSet_Type));
}

static int set_method(PyObject *s, const char *name, PyObject *key)
{
    if (!PyObject_TypeCheck(s, &PySet_Type)) {
        PyErr_BadInternalCall();
        return -1;
    }
    PyObject *r = PyObject_CallMethod(s, name, "O", key);
    if (r == NULL) {
        return -1;
    }
    Py_DECREF(r);
    return 0;
}

int PySet_Add(PyObject *set, PyObject *key)
{
    if (set == NULL || key == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    return set_method(set, "add", key);
}

int PySet_Contains(PyObject *anyset, PyObject *key)
{
    if (!any_set(anyset) || key == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    return PySequence_Contains(anyset, key);
}

int PySet_Discard(PyObject *set, PyObject *key)
{
    if (set == NULL || !PyObject_TypeCheck(set, &PySet_Type) || key == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    int found = PySequence_Contains(set, key);
    if (found <= 0) {
        return found;
    }
    return set_method(set, "discard", key) < 0 ? -1 : 1;
}

Py_ssize_t PySet_Size(PyObject *anyset)
{
    if (!any_set(anyset)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return PyObject_Size(anyset);
}

int PySet_Clear(PyObject *set)
{
    if (set == NULL || !PyObject_TypeCheck(set, &PySet_Type)) {
        PyErr_BadInternalCall();
        return -1;
    }
    PyObject *r = PyObject_CallMethod(set, "clear", NULL);
    if (r == NULL) {
        return -1;
    }
    Py_DECREF(r);
    return 0;
}

PyObject *PySet_Pop(PyObject *set)
{
    if (set == NULL || !PyObject_TypeCheck(set, &PySet_Type)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return PyObject_CallMethod(set, "pop", NULL);
}

/* --- printing and files ------------------------------------------------- */

int PyOS_vsnprintf(char *str, size_t size, const char *format, va_list va)
{
    if (size == 0) {
        return 0;
    }
    int n = vsnprintf(str, size, format, va);
    str[size - 1] = '\0';
    return n;
}

int PyOS_snprintf(char *str, size_t size, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int n = PyOS_vsnprintf(str, size, format, va);
    va_end(va);
    return n;
}

int PyObject_Print(PyObject *op, FILE *fp, int flags)
{
    if (op == NULL) {
        fputs("<nil>", fp);
        return 0;
    }
    PyObject *s = (flags & Py_PRINT_RAW) ? PyObject_Str(op) : PyObject_Repr(op);
    if (s == NULL) {
        return -1;
    }
    Py_ssize_t n = 0;
    const char *u = PyUnicode_AsUTF8AndSize(s, &n);
    if (u == NULL) {
        Py_DECREF(s);
        return -1;
    }
    fwrite(u, 1, (size_t)n, fp);
    Py_DECREF(s);
    if (ferror(fp)) {
        PyErr_SetFromErrno(SUBPY_EXC(OSError));
        clearerr(fp);
        return -1;
    }
    return 0;
}

int PyFile_WriteObject(PyObject *v, PyObject *f, int flags)
{
    if (f == NULL) {
        PyErr_SetString(SUBPY_EXC(TypeError), "writeobject with NULL file");
        return -1;
    }
    PyObject *s = (flags & Py_PRINT_RAW) ? PyObject_Str(v) : PyObject_Repr(v);
    if (s == NULL) {
        return -1;
    }
    PyObject *r = PyObject_CallMethod(f, "write", "O", s);
    Py_DECREF(s);
    if (r == NULL) {
        return -1;
    }
    Py_DECREF(r);
    return 0;
}

int PyFile_WriteString(const char *s, PyObject *f)
{
    if (f == NULL) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(SUBPY_EXC(SystemError), "null file for PyFile_WriteString");
        }
        return -1;
    }
    if (PyErr_Occurred()) {
        return -1;
    }
    PyObject *v = PyUnicode_FromString(s);
    if (v == NULL) {
        return -1;
    }
    int r = PyFile_WriteObject(v, f, Py_PRINT_RAW);
    Py_DECREF(v);
    return r;
}

/* --- str ---------------------------------------------------------------- */

PyObject *PyUnicode_Join(PyObject *separator, PyObject *seq)
{
    PyObject *sep = separator != NULL ? Py_NewRef(separator) : PyUnicode_FromString(" ");
    if (sep == NULL) {
        return NULL;
    }
    PyObject *r = PyObject_CallMethod(sep, "join", "O", seq);
    Py_DECREF(sep);
    return r;
}

PyObject *PyUnicode_Split(PyObject *s, PyObject *sep, Py_ssize_t maxsplit)
{
    return PyObject_CallMethod(s, "split", "On", sep != NULL ? sep : Py_None, maxsplit);
}

PyObject *PyUnicode_RSplit(PyObject *s, PyObject *sep, Py_ssize_t maxsplit)
{
    return PyObject_CallMethod(s, "rsplit", "On", sep != NULL ? sep : Py_None, maxsplit);
}

PyObject *PyUnicode_Splitlines(PyObject *s, int keepends)
{
    return PyObject_CallMethod(s, "splitlines", "i", keepends);
}

PyObject *PyUnicode_Format(PyObject *format, PyObject *args)
{
    if (format == NULL || args == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return PyNumber_Remainder(format, args);
}

PyObject *PyUnicode_Replace(PyObject *str, PyObject *substr, PyObject *replstr, Py_ssize_t maxcount)
{
    return PyObject_CallMethod(str, "replace", "OOn", substr, replstr, maxcount);
}

PyObject *PyUnicode_Decode(const char *s, Py_ssize_t size, const char *encoding, const char *errors)
{
    PyObject *b = PyBytes_FromStringAndSize(s, size);
    if (b == NULL) {
        return NULL;
    }
    PyObject *r = PyObject_CallMethod(b, "decode", "ss", encoding != NULL ? encoding : "utf-8",
                                      errors != NULL ? errors : "strict");
    Py_DECREF(b);
    return r;
}

PyObject *PyUnicode_DecodeLatin1(const char *s, Py_ssize_t size, const char *errors)
{
    return PyUnicode_Decode(s, size, "latin-1", errors);
}

PyObject *PyUnicode_DecodeASCII(const char *s, Py_ssize_t size, const char *errors)
{
    return PyUnicode_Decode(s, size, "ascii", errors);
}

PyObject *PyUnicode_AsEncodedString(PyObject *unicode, const char *encoding, const char *errors)
{
    if (unicode == NULL || !PyUnicode_Check(unicode)) {
        PyErr_BadArgument();
        return NULL;
    }
    return PyObject_CallMethod(unicode, "encode", "ss", encoding != NULL ? encoding : "utf-8",
                               errors != NULL ? errors : "strict");
}

PyObject *PyUnicode_AsASCIIString(PyObject *unicode)
{
    return PyUnicode_AsEncodedString(unicode, "ascii", "strict");
}

PyObject *PyUnicode_AsLatin1String(PyObject *unicode)
{
    return PyUnicode_AsEncodedString(unicode, "latin-1", "strict");
}

/* UTF-8 to wchar_t (UCS-4 on this platform); the result has n+1 slots. */
static wchar_t *utf8_to_wide(const char *u, Py_ssize_t len, Py_ssize_t *n)
{
    wchar_t *w = PyMem_Malloc(((size_t)len + 1) * sizeof(wchar_t));
    if (w == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    Py_ssize_t k = 0;
    const unsigned char *p = (const unsigned char *)u, *end = p + len;
    while (p < end) {
        uint32_t c = *p++;
        int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        if (more) {
            c &= 0x3F >> more;
        }
        while (more-- > 0 && p < end) {
            c = (c << 6) | (*p++ & 0x3F);
        }
        w[k++] = (wchar_t)c;
    }
    w[k] = 0;
    *n = k;
    return w;
}

wchar_t *PyUnicode_AsWideCharString(PyObject *unicode, Py_ssize_t *size)
{
    if (unicode == NULL || !PyUnicode_Check(unicode)) {
        PyErr_BadArgument();
        return NULL;
    }
    Py_ssize_t len = 0, n = 0;
    const char *u = PyUnicode_AsUTF8AndSize(unicode, &len);
    if (u == NULL) {
        return NULL;
    }
    wchar_t *w = utf8_to_wide(u, len, &n);
    if (w == NULL) {
        return NULL;
    }
    if (size != NULL) {
        *size = n;
    } else if ((Py_ssize_t)wcslen(w) != n) {
        PyMem_Free(w);
        PyErr_SetString(SUBPY_EXC(ValueError), "embedded null character");
        return NULL;
    }
    return w;
}

PyObject *PyUnicode_FromObject(PyObject *obj)
{
    if (obj == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (PyUnicode_CheckExact(obj)) {
        return Py_NewRef(obj);
    }
    if (PyUnicode_Check(obj)) {
        return PyObject_CallOneArg((PyObject *)&PyUnicode_Type, obj);
    }
    PyErr_Format(SUBPY_EXC(TypeError), "Can't convert '%.100s' object to str implicitly", Py_TYPE(obj)->tp_name);
    return NULL;
}

PyObject *PyUnicode_FromOrdinal(int ordinal)
{
    if (ordinal < 0 || ordinal > 0x10ffff) {
        PyErr_SetString(SUBPY_EXC(ValueError), "chr() arg not in range(0x110000)");
        return NULL;
    }
    return call_builtin("chr", "(i)", ordinal);
}

Py_UCS4 PyUnicode_ReadChar(PyObject *unicode, Py_ssize_t index)
{
    if (unicode == NULL || !PyUnicode_Check(unicode)) {
        PyErr_BadArgument();
        return (Py_UCS4)-1;
    }
    if (index < 0 || index >= PyUnicode_GetLength(unicode)) {
        PyErr_SetString(SUBPY_EXC(IndexError), "string index out of range");
        return (Py_UCS4)-1;
    }
    PyObject *c = PySequence_GetItem(unicode, index);
    if (c == NULL) {
        return (Py_UCS4)-1;
    }
    PyObject *o = call_builtin("ord", "(O)", c);
    Py_DECREF(c);
    if (o == NULL) {
        return (Py_UCS4)-1;
    }
    long v = PyLong_AsLong(o);
    Py_DECREF(o);
    return (Py_UCS4)v;
}

PyObject *PyUnicode_Substring(PyObject *str, Py_ssize_t start, Py_ssize_t end)
{
    if (str == NULL || !PyUnicode_Check(str)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (start < 0 || end < 0) {
        PyErr_SetString(SUBPY_EXC(IndexError), "string index out of range");
        return NULL;
    }
    return PySequence_GetSlice(str, start, end);
}

Py_ssize_t PyUnicode_Find(PyObject *str, PyObject *substr, Py_ssize_t start, Py_ssize_t end, int direction)
{
    PyObject *r = PyObject_CallMethod(str, direction > 0 ? "find" : "rfind", "Onn", substr, start, end);
    if (r == NULL) {
        return -2;
    }
    Py_ssize_t n = PyLong_AsSsize_t(r);
    Py_DECREF(r);
    return n == -1 && PyErr_Occurred() ? -2 : n;
}

Py_ssize_t PyUnicode_FindChar(PyObject *str, Py_UCS4 ch, Py_ssize_t start, Py_ssize_t end, int direction)
{
    PyObject *c = PyUnicode_FromOrdinal((int)ch);
    if (c == NULL) {
        return -2;
    }
    Py_ssize_t r = PyUnicode_Find(str, c, start, end, direction);
    Py_DECREF(c);
    return r;
}

int PyUnicode_Contains(PyObject *container, PyObject *element)
{
    if (element != NULL && !PyUnicode_Check(element)) {
        PyErr_Format(SUBPY_EXC(TypeError), "'in <string>' requires string as left operand, not %.100s",
                     Py_TYPE(element)->tp_name);
        return -1;
    }
    if (container == NULL || !PyUnicode_Check(container)) {
        PyErr_Format(SUBPY_EXC(TypeError), "must be str, not %.100s",
                     container != NULL ? Py_TYPE(container)->tp_name : "NULL");
        return -1;
    }
    return PySequence_Contains(container, element);
}

Py_ssize_t PyUnicode_Tailmatch(PyObject *str, PyObject *substr, Py_ssize_t start, Py_ssize_t end, int direction)
{
    PyObject *r = PyObject_CallMethod(str, direction < 0 ? "startswith" : "endswith", "Onn", substr, start, end);
    if (r == NULL) {
        return -1;
    }
    int t = PyObject_IsTrue(r);
    Py_DECREF(r);
    return t;
}

Py_ssize_t PyUnicode_Count(PyObject *str, PyObject *substr, Py_ssize_t start, Py_ssize_t end)
{
    PyObject *r = PyObject_CallMethod(str, "count", "Onn", substr, start, end);
    if (r == NULL) {
        return -1;
    }
    Py_ssize_t n = PyLong_AsSsize_t(r);
    Py_DECREF(r);
    return n;
}

/* --- numbers, bytes, slices --------------------------------------------- */

PyObject *PyLong_FromVoidPtr(void *p)
{
    return PyLong_FromUnsignedLongLong((unsigned long long)(uintptr_t)p);
}

void *PyLong_AsVoidPtr(PyObject *v)
{
    unsigned long long x = PyLong_AsUnsignedLongLong(v);
    if (x == (unsigned long long)-1 && PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(SUBPY_EXC(OverflowError))) {
            return NULL;
        }
        PyErr_Clear();
        long long y = PyLong_AsLongLong(v);
        if (y == -1 && PyErr_Occurred()) {
            return NULL;
        }
        return (void *)(intptr_t)y;
    }
    return (void *)(uintptr_t)x;
}

PyObject *PyComplex_FromDoubles(double real, double imag)
{
    return call_builtin("complex", "(dd)", real, imag);
}

static double complex_part(PyObject *op, const char *name)
{
    if (op == NULL) {
        PyErr_BadArgument();
        return -1.0;
    }
    if (PyObject_TypeCheck(op, &PyComplex_Type)) {
        PyObject *p = PyObject_GetAttrString(op, name);
        if (p == NULL) {
            return -1.0;
        }
        double d = PyFloat_AsDouble(p);
        Py_DECREF(p);
        return d;
    }
    if (name[0] == 'i') {
        return 0.0;
    }
    return PyFloat_AsDouble(op);
}

double PyComplex_RealAsDouble(PyObject *op)
{
    return complex_part(op, "real");
}

double PyComplex_ImagAsDouble(PyObject *op)
{
    return complex_part(op, "imag");
}

PyObject *PySlice_New(PyObject *start, PyObject *stop, PyObject *step)
{
    return PyObject_CallFunction((PyObject *)&PySlice_Type, "OOO", start != NULL ? start : Py_None,
                                 stop != NULL ? stop : Py_None, step != NULL ? step : Py_None);
}

PyObject *PyObject_Bytes(PyObject *v)
{
    if (v == NULL) {
        return PyBytes_FromString("<NULL>");
    }
    if (PyBytes_CheckExact(v)) {
        return Py_NewRef(v);
    }
    if (PyLong_Check(v) || PyUnicode_Check(v)) {
        PyErr_Format(SUBPY_EXC(TypeError), "cannot convert '%.200s' object to bytes", Py_TYPE(v)->tp_name);
        return NULL;
    }
    return PyObject_CallOneArg((PyObject *)&PyBytes_Type, v);
}

PyObject *PyBytes_FromFormatV(const char *format, va_list va)
{
    va_list copy;
    va_copy(copy, va);
    char small[256];
    int n = vsnprintf(small, sizeof small, format, copy);
    va_end(copy);
    if (n < 0) {
        PyErr_SetString(SUBPY_EXC(ValueError), "invalid format string");
        return NULL;
    }
    if ((size_t)n < sizeof small) {
        return PyBytes_FromStringAndSize(small, n);
    }
    char *buf = malloc((size_t)n + 1);
    if (buf == NULL) {
        return PyErr_NoMemory();
    }
    vsnprintf(buf, (size_t)n + 1, format, va);
    PyObject *r = PyBytes_FromStringAndSize(buf, n);
    free(buf);
    return r;
}

PyObject *PyBytes_FromFormat(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = PyBytes_FromFormatV(format, va);
    va_end(va);
    return r;
}

void PyBytes_Concat(PyObject **pv, PyObject *w)
{
    if (pv == NULL || *pv == NULL) {
        return;
    }
    if (w == NULL) {
        Py_CLEAR(*pv);
        return;
    }
    PyObject *r = PyNumber_Add(*pv, w);
    Py_DECREF(*pv);
    *pv = r;
}

void PyBytes_ConcatAndDel(PyObject **pv, PyObject *w)
{
    PyBytes_Concat(pv, w);
    Py_XDECREF(w);
}

PyObject *PyByteArray_FromStringAndSize(const char *s, Py_ssize_t size)
{
    if (size < 0) {
        PyErr_SetString(SUBPY_EXC(SystemError), "Negative size passed to PyByteArray_FromStringAndSize");
        return NULL;
    }
    if (s == NULL) {
        return PyObject_CallFunction((PyObject *)&PyByteArray_Type, "n", size);
    }
    PyObject *b = PyBytes_FromStringAndSize(s, size);
    if (b == NULL) {
        return NULL;
    }
    PyObject *r = PyObject_CallOneArg((PyObject *)&PyByteArray_Type, b);
    Py_DECREF(b);
    return r;
}

PyObject *PyByteArray_FromObject(PyObject *o)
{
    return PyObject_CallOneArg((PyObject *)&PyByteArray_Type, o);
}

Py_ssize_t PyByteArray_Size(PyObject *bytearray)
{
    if (bytearray == NULL || !PyObject_TypeCheck(bytearray, &PyByteArray_Type)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return PyObject_Size(bytearray);
}

/* A copy of the current contents, owned by the object (writing to it does
 * not change the bytearray; docs/capi-objects.md). */
char *PyByteArray_AsString(PyObject *bytearray)
{
    if (bytearray == NULL || !PyObject_TypeCheck(bytearray, &PyByteArray_Type)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    subpy_call c = subpy_enter("PyByteArray_AsString");
    int64_t n = 0;
    return (char *)c.e->obj_bytes(c.t, bytearray, &n);
}

/* --- dicts and attributes ----------------------------------------------- */

PyObject *PyDict_SetDefault(PyObject *d, PyObject *key, PyObject *defaultobj)
{
    if (d == NULL || !PyDict_Check(d)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyObject *r = PyObject_CallMethod(d, "setdefault", "OO", key, defaultobj);
    if (r == NULL) {
        return NULL;
    }
    Py_DECREF(r);
    return PyDict_GetItemWithError(d, key); /* borrowed, kept by d */
}

int PyDict_Pop(PyObject *d, PyObject *key, PyObject **result)
{
    if (result != NULL) {
        *result = NULL;
    }
    if (d == NULL || !PyDict_Check(d) || key == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    int has = PyDict_Contains(d, key);
    if (has <= 0) {
        return has;
    }
    PyObject *r = PyObject_CallMethod(d, "pop", "O", key);
    if (r == NULL) {
        return -1;
    }
    if (result != NULL) {
        *result = r;
    } else {
        Py_DECREF(r);
    }
    return 1;
}

int PyDict_PopString(PyObject *d, const char *key, PyObject **result)
{
    PyObject *k = PyUnicode_FromString(key);
    if (k == NULL) {
        if (result != NULL) {
            *result = NULL;
        }
        return -1;
    }
    int r = PyDict_Pop(d, k, result);
    Py_DECREF(k);
    return r;
}

int PyObject_GetOptionalAttr(PyObject *obj, PyObject *name, PyObject **result)
{
    *result = PyObject_GetAttr(obj, name);
    if (*result != NULL) {
        return 1;
    }
    if (PyErr_ExceptionMatches(SUBPY_EXC(AttributeError))) {
        PyErr_Clear();
        return 0;
    }
    return -1;
}

int PyObject_GetOptionalAttrString(PyObject *obj, const char *name, PyObject **result)
{
    PyObject *n = PyUnicode_FromString(name);
    if (n == NULL) {
        *result = NULL;
        return -1;
    }
    int r = PyObject_GetOptionalAttr(obj, n, result);
    Py_DECREF(n);
    return r;
}

/* --- import ------------------------------------------------------------- */

PyObject *PyImport_GetModule(PyObject *name)
{
    PyObject *modules = PyImport_GetModuleDict();
    if (modules == NULL) {
        return NULL;
    }
    return Py_XNewRef(PyDict_GetItemWithError(modules, name));
}

PyObject *PyImport_ImportModuleLevelObject(PyObject *name, PyObject *globals, PyObject *locals,
                                           PyObject *fromlist, int level)
{
    if (name == NULL) {
        PyErr_SetString(SUBPY_EXC(ValueError), "Empty module name");
        return NULL;
    }
    return call_builtin("__import__", "(OOOOi)", name, globals != NULL ? globals : Py_None,
                        locals != NULL ? locals : Py_None, fromlist != NULL ? fromlist : Py_None, level);
}

PyObject *PyImport_ImportModuleLevel(const char *name, PyObject *globals, PyObject *locals,
                                     PyObject *fromlist, int level)
{
    PyObject *n = PyUnicode_FromString(name);
    if (n == NULL) {
        return NULL;
    }
    PyObject *r = PyImport_ImportModuleLevelObject(n, globals, locals, fromlist, level);
    Py_DECREF(n);
    return r;
}

PyObject *PyImport_ExecCodeModuleObject(PyObject *name, PyObject *co, PyObject *pathname, PyObject *cpathname)
{
    (void)cpathname;
    PyObject *m = PyImport_AddModuleObject(name);
    if (m == NULL) {
        return NULL;
    }
    PyObject *d = PyModule_GetDict(m);
    PyObject *file = pathname != NULL ? Py_NewRef(pathname) : PyObject_GetAttrString(co, "co_filename");
    if (file == NULL || PyDict_SetItemString(d, "__file__", file) < 0) {
        Py_XDECREF(file);
        return NULL;
    }
    Py_DECREF(file);
    PyObject *r = PyEval_EvalCode(co, d, d);
    if (r == NULL) {
        PyObject *modules = PyImport_GetModuleDict();
        PyObject *exc = PyErr_GetRaisedException();
        if (modules != NULL && PyDict_DelItem(modules, name) < 0) {
            PyErr_Clear();
        }
        PyErr_SetRaisedException(exc);
        return NULL;
    }
    Py_DECREF(r);
    PyObject *got = PyImport_GetModule(name);
    if (got == NULL && !PyErr_Occurred()) {
        PyErr_Format(SUBPY_EXC(ImportError), "Loaded module %R not found in sys.modules", name);
    }
    return got;
}

PyObject *PyImport_ExecCodeModuleWithPathnames(const char *name, PyObject *co, const char *pathname,
                                               const char *cpathname)
{
    (void)cpathname;
    PyObject *n = PyUnicode_FromString(name);
    PyObject *p = NULL;
    if (n == NULL) {
        return NULL;
    }
    if (pathname != NULL && (p = PyUnicode_DecodeFSDefault(pathname)) == NULL) {
        Py_DECREF(n);
        return NULL;
    }
    PyObject *r = PyImport_ExecCodeModuleObject(n, co, p, NULL);
    Py_DECREF(n);
    Py_XDECREF(p);
    return r;
}

PyObject *PyImport_ExecCodeModuleEx(const char *name, PyObject *co, const char *pathname)
{
    return PyImport_ExecCodeModuleWithPathnames(name, co, pathname, NULL);
}

PyObject *PyImport_ExecCodeModule(const char *name, PyObject *co)
{
    return PyImport_ExecCodeModuleWithPathnames(name, co, NULL, NULL);
}

/* --- running files ------------------------------------------------------ */

static char *read_all(FILE *fp)
{
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    if (buf == NULL) {
        return NULL;
    }
    size_t n;
    while ((n = fread(buf + len, 1, cap - len - 1, fp)) > 0) {
        len += n;
        if (cap - len - 1 == 0) {
            char *nb = realloc(buf, cap * 2);
            if (nb == NULL) {
                free(buf);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
    }
    buf[len] = '\0';
    return buf;
}

PyObject *PyRun_FileExFlags(FILE *fp, const char *filename, int start, PyObject *globals, PyObject *locals,
                            int closeit, PyCompilerFlags *flags)
{
    char *src = read_all(fp);
    if (closeit) {
        fclose(fp);
    }
    if (src == NULL) {
        return PyErr_NoMemory();
    }
    PyObject *co = Py_CompileStringExFlags(src, filename, start, flags, -1);
    free(src);
    if (co == NULL) {
        return NULL;
    }
    PyObject *r = PyEval_EvalCode(co, globals, locals);
    Py_DECREF(co);
    return r;
}

PyObject *PyRun_FileEx(FILE *fp, const char *filename, int start, PyObject *globals, PyObject *locals, int closeit)
{
    return PyRun_FileExFlags(fp, filename, start, globals, locals, closeit, NULL);
}

PyObject *PyRun_File(FILE *fp, const char *filename, int start, PyObject *globals, PyObject *locals)
{
    return PyRun_FileExFlags(fp, filename, start, globals, locals, 0, NULL);
}

PyObject *PyRun_FileFlags(FILE *fp, const char *filename, int start, PyObject *globals, PyObject *locals,
                          PyCompilerFlags *flags)
{
    return PyRun_FileExFlags(fp, filename, start, globals, locals, 0, flags);
}

/* Not interactive here: a terminal's input is run as a file too. */
int PyRun_AnyFileExFlags(FILE *fp, const char *filename, int closeit, PyCompilerFlags *flags)
{
    return PyRun_SimpleFileExFlags(fp, filename != NULL ? filename : "???", closeit, flags);
}

int PyRun_AnyFileFlags(FILE *fp, const char *filename, PyCompilerFlags *flags)
{
    return PyRun_AnyFileExFlags(fp, filename, 0, flags);
}

int PyRun_AnyFileEx(FILE *fp, const char *filename, int closeit)
{
    return PyRun_AnyFileExFlags(fp, filename, closeit, NULL);
}

int PyRun_AnyFile(FILE *fp, const char *filename)
{
    return PyRun_AnyFileExFlags(fp, filename, 0, NULL);
}

/* Module-level code only: arguments, defaults and closures need a
 * function's code, which PyEval_EvalCode does not run. */
PyObject *PyEval_EvalCodeEx(PyObject *co, PyObject *globals, PyObject *locals, PyObject *const *args,
                            int argcount, PyObject *const *kws, int kwcount, PyObject *const *defs,
                            int defcount, PyObject *kwdefs, PyObject *closure)
{
    (void)args;
    (void)kws;
    (void)defs;
    if (argcount != 0 || kwcount != 0 || defcount != 0 || kwdefs != NULL || closure != NULL) {
        PyErr_SetString(SUBPY_EXC(SystemError),
                        "PyEval_EvalCodeEx: arguments, defaults and closures are not supported");
        return NULL;
    }
    return PyEval_EvalCode(co, globals, locals);
}
