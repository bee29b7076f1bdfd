/* The object-layer test host (docs/capi-objects.md): one binary, a table
 * of named cases, each run in a child process whose exit status and whole
 * stderr (when a case gives one) are checked.
 *
 *   objects_cases            run every case
 *   objects_cases CASE...    run those cases
 *   objects_cases --run CASE run one case in this process
 *   objects_cases --list     list the cases
 *
 * The same source is built against build/libsubpy.so and against CPython
 * 3.13's libpython, and every case runs against both: the expectations
 * (results, reference ownership, identities, exception types and
 * messages, printed tracebacks) are CPython 3.13's. Where subpy differs on
 * purpose the check is under #ifdef SUBPY and the difference is in
 * docs/capi-objects.md. */
#define _GNU_SOURCE
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <math.h>
#include <wchar.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define CHECK(cond) \
    do { \
        if (!(cond)) { \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            if (PyErr_Occurred()) { \
                PyErr_Print(); \
            } \
            exit(1); \
        } \
    } while (0)

/* The current exception is of type `type` and its str() is `msg` (NULL:
 * not checked); clears it. */
static int raised(PyObject *type, const char *msg)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL) {
        fprintf(stderr, "no exception raised (expected %s)\n", ((PyTypeObject *)type)->tp_name);
        return 0;
    }
    int ok = PyErr_GivenExceptionMatches(exc, type);
    PyObject *s = PyObject_Str(exc);
    const char *text = s != NULL ? PyUnicode_AsUTF8(s) : "<str failed>";
    if (!ok || (msg != NULL && strcmp(text, msg) != 0)) {
        fprintf(stderr, "raised %s: %s (expected %s: %s)\n", Py_TYPE(exc)->tp_name, text,
                ((PyTypeObject *)type)->tp_name, msg ? msg : "*");
        ok = 0;
    }
    Py_XDECREF(s);
    Py_DECREF(exc);
    return ok;
}

/* str(o) equals want; releases nothing. */
static int str_is(PyObject *o, const char *want)
{
    if (o == NULL) {
        return 0;
    }
    PyObject *s = PyObject_Str(o);
    int ok = s != NULL && strcmp(PyUnicode_AsUTF8(s), want) == 0;
    if (!ok && s != NULL) {
        fprintf(stderr, "str is %s, want %s\n", PyUnicode_AsUTF8(s), want);
    }
    Py_XDECREF(s);
    return ok;
}

/* repr(o) equals want. */
static int repr_is(PyObject *o, const char *want)
{
    if (o == NULL) {
        return 0;
    }
    PyObject *s = PyObject_Repr(o);
    int ok = s != NULL && strcmp(PyUnicode_AsUTF8(s), want) == 0;
    if (!ok && s != NULL) {
        fprintf(stderr, "repr is %s, want %s\n", PyUnicode_AsUTF8(s), want);
    }
    Py_XDECREF(s);
    return ok;
}

/* Runs Python statements in a fresh namespace (with __builtins__);
 * returns the namespace. */
static PyObject *run(const char *src)
{
    PyObject *g = PyDict_New();
    CHECK(g != NULL);
    PyObject *r = PyRun_String(src, Py_file_input, g, NULL);
    CHECK(r == Py_None);
    Py_DECREF(r);
    return g;
}

/* --- reference counting and identity -------------------------------------- */

static void case_refcount_identity(void)
{
    Py_Initialize();
    /* Singletons are immortal. */
    Py_ssize_t none_count = Py_REFCNT(Py_None);
    Py_INCREF(Py_None);
    Py_IncRef(Py_None);
    Py_DECREF(Py_None);
    Py_DecRef(Py_None);
    Py_XINCREF(Py_True);
    Py_XDECREF(Py_True);
    Py_XINCREF(NULL);
    Py_XDECREF(NULL);
    Py_IncRef(NULL);
    Py_DecRef(NULL);
    CHECK(Py_REFCNT(Py_None) == none_count);
    CHECK(Py_TYPE(Py_None) != NULL && strcmp(Py_TYPE(Py_None)->tp_name, "NoneType") == 0);
    CHECK(Py_TYPE(Py_True) == &PyBool_Type && Py_TYPE(Py_False) == &PyBool_Type);
    CHECK(strcmp(Py_TYPE(Py_Ellipsis)->tp_name, "ellipsis") == 0);
    CHECK(strcmp(Py_TYPE(Py_NotImplemented)->tp_name, "NotImplementedType") == 0);

    /* A new object has one reference; Py_NewRef/XNewRef/CLEAR. */
    PyObject *d = PyDict_New();
    CHECK(Py_REFCNT(d) == 1);
    PyObject *d2 = Py_NewRef(d);
    CHECK(d2 == d && Py_REFCNT(d) == 2);
    CHECK(Py_XNewRef(NULL) == NULL);
    PyObject *d3 = Py_XNewRef(d);
    CHECK(Py_REFCNT(d) == 3);
    Py_DECREF(d3);
    Py_CLEAR(d2);
    CHECK(d2 == NULL && Py_REFCNT(d) == 1);

    /* One Python object keeps one address while C holds it. */
    PyObject *g = run("items = [object(), 'text']\nalias = items\n");
    PyObject *items = PyDict_GetItemString(g, "items");
    PyObject *alias = PyDict_GetItemString(g, "alias");
    CHECK(items != NULL && items == alias);
    PyObject *first = PyList_GetItem(items, 0);
    CHECK(first == PyList_GetItem(items, 0));
    PyObject *via_getitem = PySequence_GetItem(items, 0);
    CHECK(via_getitem == first);
    Py_DECREF(via_getitem);
    /* A borrowed reference stays valid while its container holds the
     * object, even after the caller's own reference is gone. */
    PyObject *own = PyObject_GetItem(items, PyLong_FromLong(1)); /* leaks the index: fine */
    Py_DECREF(own);
    PyObject *borrowed = PyList_GetItem(items, 1);
    CHECK(str_is(borrowed, "text"));

    /* Types are the static objects the headers export. */
    PyObject *v;
    v = PyLong_FromLong(1000);
    CHECK(Py_TYPE(v) == &PyLong_Type && PyLong_CheckExact(v) && PyLong_Check(v));
    Py_DECREF(v);
    v = PyFloat_FromDouble(1.5);
    CHECK(Py_TYPE(v) == &PyFloat_Type && PyFloat_Check(v) && !PyLong_Check(v));
    Py_DECREF(v);
    v = PyUnicode_FromString("a string");
    CHECK(Py_TYPE(v) == &PyUnicode_Type && PyUnicode_Check(v) && PyUnicode_CheckExact(v));
    Py_DECREF(v);
    v = PyTuple_New(0);
    CHECK(Py_TYPE(v) == &PyTuple_Type && PyTuple_Check(v));
    Py_DECREF(v);
    v = PyList_New(0);
    CHECK(Py_TYPE(v) == &PyList_Type && PyList_Check(v) && !PyTuple_Check(v));
    Py_DECREF(v);
    CHECK(Py_TYPE(d) == &PyDict_Type && PyDict_Check(d) && PyDict_CheckExact(d));
    v = PyBytes_FromString("b");
    CHECK(Py_TYPE(v) == &PyBytes_Type && PyBytes_Check(v));
    Py_DECREF(v);
    CHECK(PyBool_Check(Py_True) && PyLong_Check(Py_True) && !PyLong_CheckExact(Py_True));
    PyObject *t = PyObject_Type(Py_True);
    CHECK(t == (PyObject *)&PyBool_Type);
    Py_DECREF(t);
    CHECK(Py_TYPE((PyObject *)&PyLong_Type) == &PyType_Type && PyType_Check((PyObject *)&PyLong_Type));
    CHECK(PyType_IsSubtype(&PyBool_Type, &PyLong_Type) && !PyType_IsSubtype(&PyLong_Type, &PyBool_Type));

    /* Builtin exception classes seen from Python are the PyExc_* objects. */
    PyObject *builtins = PyEval_GetBuiltins();
    CHECK(builtins != NULL && PyDict_Check(builtins));
    CHECK(PyDict_GetItemString(builtins, "ValueError") == PyExc_ValueError);
    CHECK(PyDict_GetItemString(builtins, "KeyError") == PyExc_KeyError);
    CHECK(PyDict_GetItemString(builtins, "SyntaxError") == PyExc_SyntaxError);
    CHECK(PyDict_GetItemString(builtins, "OSError") == PyExc_OSError);
    CHECK(PyDict_GetItemString(builtins, "int") == (PyObject *)&PyLong_Type);
    CHECK(PyDict_GetItemString(builtins, "None") == Py_None);
    CHECK(PyExceptionClass_Check(PyExc_ValueError) && !PyExceptionClass_Check((PyObject *)&PyLong_Type));

    /* A class made in Python: its type object and instances. */
    PyObject *cg = run("class Point:\n    def __init__(self, x): self.x = x\np = Point(3)\n"
                       "class MyInt(int): pass\nm = MyInt(7)\n");
    PyObject *cls = PyDict_GetItemString(cg, "Point");
    PyObject *p = PyDict_GetItemString(cg, "p");
    CHECK(PyType_Check(cls) && Py_TYPE(p) == (PyTypeObject *)cls);
    CHECK(strcmp(((PyTypeObject *)cls)->tp_name, "Point") == 0);
    CHECK(Py_TYPE(cls) == &PyType_Type);
    PyObject *m = PyDict_GetItemString(cg, "m");
    CHECK(PyLong_Check(m) && !PyLong_CheckExact(m) && PyLong_AsLong(m) == 7);
    CHECK(PyObject_TypeCheck(m, &PyLong_Type));
    Py_DECREF(cg);
    Py_DECREF(g);
    Py_DECREF(d);
    CHECK(Py_FinalizeEx() == 0);
}

/* --- running code ----------------------------------------------------------- */

static void case_run_string(void)
{
    Py_Initialize();
    PyObject *g = PyDict_New();
    PyObject *r = PyRun_String("a = 2\nb = a * 21\n", Py_file_input, g, NULL);
    CHECK(r == Py_None);
    Py_DECREF(r);
    CHECK(PyDict_GetItemString(g, "__builtins__") != NULL);
    CHECK(PyLong_AsLong(PyDict_GetItemString(g, "b")) == 42);
    r = PyRun_String("b + 1", Py_eval_input, g, NULL);
    CHECK(r != NULL && PyLong_AsLong(r) == 43);
    Py_DECREF(r);
    /* Separate locals: assignments go there, names resolve through both. */
    PyObject *l = PyDict_New();
    r = PyRun_StringFlags("c = b * 2\n", Py_file_input, g, l, NULL);
    CHECK(r == Py_None);
    Py_DECREF(r);
    CHECK(PyLong_AsLong(PyDict_GetItemString(l, "c")) == 84);
    CHECK(PyDict_GetItemString(g, "c") == NULL);
    /* Py_single_input runs one statement. */
    r = PyRun_String("d = 5", Py_single_input, g, NULL);
    CHECK(r == Py_None);
    Py_DECREF(r);
    CHECK(PyLong_AsLong(PyDict_GetItemString(g, "d")) == 5);
    /* ... and passes an expression's value to sys.displayhook. */
    r = PyRun_String("import sys\nseen = []\nsys.displayhook = seen.append\n", Py_file_input, g, NULL);
    Py_XDECREF(r);
    r = PyRun_String("d * 8 + 2", Py_single_input, g, NULL);
    CHECK(r == Py_None);
    Py_DECREF(r);
    CHECK(repr_is(PyDict_GetItemString(g, "seen"), "[42]"));
    r = PyRun_String("sys.displayhook = sys.__displayhook__", Py_single_input, g, NULL);
    Py_XDECREF(r);
    /* Errors: an exception from the code, a syntax error. */
    CHECK(PyRun_String("undefined_name", Py_eval_input, g, NULL) == NULL);
    CHECK(raised(PyExc_NameError, "name 'undefined_name' is not defined"));
    CHECK(PyRun_String("x = (1,\n", Py_file_input, g, NULL) == NULL);
    PyObject *exc = PyErr_GetRaisedException();
    CHECK(exc != NULL && Py_TYPE(exc) == (PyTypeObject *)PyExc_SyntaxError);
    PyObject *lineno = PyObject_GetAttrString(exc, "lineno");
    CHECK(lineno != NULL && PyLong_AsLong(lineno) == 1);
    PyObject *filename = PyObject_GetAttrString(exc, "filename");
    CHECK(str_is(filename, "<string>"));
    Py_DECREF(lineno);
    Py_DECREF(filename);
    Py_DECREF(exc);
    CHECK(PyRun_String("1 +", Py_eval_input, g, NULL) == NULL && raised(PyExc_SyntaxError, NULL));
    CHECK(PyRun_String("if True:\nx = 1\n", Py_file_input, g, NULL) == NULL);
    CHECK(raised(PyExc_IndentationError, NULL));
    /* PyRun_SimpleString still runs in __main__. */
    CHECK(PyRun_SimpleString("simple = 'yes'") == 0);
    PyObject *main_dict = PyModule_GetDict(PyImport_AddModule("__main__"));
    CHECK(str_is(PyDict_GetItemString(main_dict, "simple"), "yes"));
    Py_DECREF(l);
    Py_DECREF(g);
    CHECK(Py_FinalizeEx() == 0);
}

static void case_compile_eval(void)
{
    Py_Initialize();
    PyObject *code = Py_CompileString("y = x * 3\n", "<calc>", Py_file_input);
    CHECK(code != NULL && strcmp(Py_TYPE(code)->tp_name, "code") == 0);
    PyObject *g = PyDict_New();
    PyDict_SetItemString(g, "x", PyLong_FromLong(14)); /* leaks the int: fine */
    PyObject *r = PyEval_EvalCode(code, g, g);
    CHECK(r == Py_None);
    Py_DECREF(r);
    CHECK(PyLong_AsLong(PyDict_GetItemString(g, "y")) == 42);
    PyObject *expr = Py_CompileStringFlags("y + 0.5", "<e>", Py_eval_input, NULL);
    r = PyEval_EvalCode(expr, g, NULL);
    CHECK(r != NULL && PyFloat_AsDouble(r) == 42.5);
    Py_DECREF(r);
    Py_DECREF(expr);
    CHECK(Py_CompileStringExFlags("def f(:\n", "<bad>", Py_file_input, NULL, -1) == NULL);
    PyObject *exc = PyErr_GetRaisedException();
    CHECK(Py_TYPE(exc) == (PyTypeObject *)PyExc_SyntaxError);
    PyObject *fn = PyObject_GetAttrString(exc, "filename");
    CHECK(str_is(fn, "<bad>"));
    Py_DECREF(fn);
    Py_DECREF(exc);
    Py_DECREF(code);
    Py_DECREF(g);
    CHECK(Py_FinalizeEx() == 0);
}

/* --- the error indicator ------------------------------------------------------ */

static void case_errors(void)
{
    Py_Initialize();
    CHECK(PyErr_Occurred() == NULL);
    PyErr_SetString(PyExc_ValueError, "bad value");
    CHECK(PyErr_Occurred() == PyExc_ValueError);
    CHECK(PyErr_ExceptionMatches(PyExc_ValueError) && PyErr_ExceptionMatches(PyExc_Exception));
    CHECK(!PyErr_ExceptionMatches(PyExc_TypeError));
    PyObject *tuple = PyTuple_Pack(2, PyExc_TypeError, PyExc_ValueError);
    CHECK(PyErr_ExceptionMatches(tuple));
    Py_DECREF(tuple);
    CHECK(raised(PyExc_ValueError, "bad value"));
    CHECK(PyErr_Occurred() == NULL);

    PyErr_SetNone(PyExc_KeyError);
    CHECK(raised(PyExc_KeyError, ""));
    PyObject *key = PyUnicode_FromString("missing");
    PyErr_SetObject(PyExc_KeyError, key);
    CHECK(raised(PyExc_LookupError, "'missing'"));
    Py_DECREF(key);
    CHECK(PyErr_Format(PyExc_TypeError, "%s takes %d args, got %zd", "f", 2, (Py_ssize_t)3) == NULL);
    CHECK(raised(PyExc_TypeError, "f takes 2 args, got 3"));
    CHECK(PyErr_NoMemory() == NULL && raised(PyExc_MemoryError, ""));
    CHECK(PyErr_BadArgument() == 0 && raised(PyExc_TypeError, "bad argument type for built-in operation"));
    PyErr_BadInternalCall();
    CHECK(raised(PyExc_SystemError, NULL));

    /* Fetch/Restore and the 3.12 single-object forms. */
    PyErr_SetString(PyExc_RuntimeError, "fetched");
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    CHECK(PyErr_Occurred() == NULL);
    CHECK(type == PyExc_RuntimeError && value != NULL && Py_TYPE(value) == (PyTypeObject *)PyExc_RuntimeError);
    CHECK(tb == NULL);
    PyErr_NormalizeException(&type, &value, &tb);
    CHECK(type == PyExc_RuntimeError && str_is(value, "fetched"));
    PyErr_Restore(type, value, tb);
    CHECK(PyErr_Occurred() == PyExc_RuntimeError);
    PyObject *exc = PyErr_GetRaisedException();
    CHECK(exc != NULL && PyErr_Occurred() == NULL && PyExceptionInstance_Check(exc));
    CHECK(PyExceptionInstance_Class(exc) == PyExc_RuntimeError);
    PyObject *args = PyException_GetArgs(exc);
    CHECK(repr_is(args, "('fetched',)"));
    Py_DECREF(args);
    PyErr_SetRaisedException(exc);
    CHECK(raised(PyExc_RuntimeError, "fetched"));
    /* A non-normalized Restore: type and a plain value. */
    PyErr_Restore(Py_NewRef(PyExc_ValueError), PyUnicode_FromString("plain"), NULL);
    CHECK(raised(PyExc_ValueError, "plain"));

    /* An exception raised by Python code: traceback, cause, context. */
    PyObject *g = PyDict_New();
    CHECK(PyRun_String("def f():\n    try:\n        1/0\n    except Exception as e:\n"
                       "        raise KeyError('k') from e\nf()\n", Py_file_input, g, NULL) == NULL);
    CHECK(PyErr_Occurred() == PyExc_KeyError);
    exc = PyErr_GetRaisedException();
    tb = PyException_GetTraceback(exc);
    CHECK(tb != NULL && strcmp(Py_TYPE(tb)->tp_name, "traceback") == 0);
    Py_DECREF(tb);
    PyObject *cause = PyException_GetCause(exc);
    CHECK(cause != NULL && Py_TYPE(cause) == (PyTypeObject *)PyExc_ZeroDivisionError);
    PyObject *context = PyException_GetContext(exc);
    CHECK(context == cause);
    Py_DECREF(cause);
    Py_DECREF(context);
    PyException_SetCause(exc, NULL);
    CHECK(PyException_GetCause(exc) == NULL);
    Py_DECREF(exc);
    /* Raising from C, catching in Python. */
    PyErr_SetString(PyExc_OSError, "from C");
    exc = PyErr_GetRaisedException();
    PyDict_SetItemString(g, "exc", exc);
    PyObject *r = PyRun_String("isinstance(exc, OSError) and str(exc) == 'from C'", Py_eval_input, g, NULL);
    CHECK(r == Py_True);
    Py_DECREF(r);
    Py_DECREF(exc);
    CHECK(PyErr_GivenExceptionMatches(PyExc_IndexError, PyExc_LookupError));
    CHECK(!PyErr_GivenExceptionMatches(PyExc_LookupError, PyExc_IndexError));
    CHECK(!PyErr_GivenExceptionMatches(NULL, PyExc_IndexError));
    Py_DECREF(g);
    CHECK(Py_FinalizeEx() == 0);
}

/* PyErr_Print prints the traceback as the launcher does and sets
 * sys.last_exc (stderr is checked whole). */
static void case_err_print(void)
{
    Py_Initialize();
    PyObject *g = PyDict_New();
    CHECK(PyRun_String("def inner(n):\n    return [1, 2][n]\n\ndef outer():\n    return inner(5)\n",
                       Py_file_input, g, NULL) == Py_None);
    PyObject *outer = PyDict_GetItemString(g, "outer");
    CHECK(PyObject_CallNoArgs(outer) == NULL);
    PyErr_Print();
    CHECK(PyErr_Occurred() == NULL);
    PyObject *last = PySys_GetObject("last_exc");
    CHECK(last != NULL && Py_TYPE(last) == (PyTypeObject *)PyExc_IndexError);
    PyErr_SetString(PyExc_ValueError, "second");
    PyErr_PrintEx(0);
    CHECK(PySys_GetObject("last_exc") == last);
    PyErr_Print(); /* nothing set: prints nothing */
    PyObject *where = PyUnicode_FromString("ctx");
    PyErr_SetString(PyExc_ValueError, "unraisable");
    PyErr_WriteUnraisable(where);
    CHECK(PyErr_Occurred() == NULL);
    Py_DECREF(where);
    Py_DECREF(g);
    CHECK(Py_FinalizeEx() == 0);
}

static void case_err_print_system_exit(void)
{
    Py_Initialize();
    PyErr_SetObject(PyExc_SystemExit, PyLong_FromLong(7));
    PyErr_Print();
    fprintf(stderr, "not reached\n");
}

/* --- numbers ------------------------------------------------------------------ */

static void case_long_float(void)
{
    Py_Initialize();
    PyObject *v = PyLong_FromLong(LONG_MAX);
    CHECK(PyLong_AsLong(v) == LONG_MAX && PyLong_AsLongLong(v) == LONG_MAX);
    Py_DECREF(v);
    v = PyLong_FromLongLong(LLONG_MIN);
    CHECK(PyLong_AsLongLong(v) == LLONG_MIN);
    CHECK(repr_is(v, "-9223372036854775808"));
    Py_DECREF(v);
    v = PyLong_FromUnsignedLong(ULONG_MAX);
    CHECK(repr_is(v, "18446744073709551615"));
    CHECK(PyLong_AsUnsignedLong(v) == ULONG_MAX && PyLong_AsUnsignedLongLong(v) == ULLONG_MAX);
    CHECK(PyLong_AsLong(v) == -1 && raised(PyExc_OverflowError, "Python int too large to convert to C long"));
    int overflow = 0;
    CHECK(PyLong_AsLongAndOverflow(v, &overflow) == -1 && overflow == 1 && PyErr_Occurred() == NULL);
    CHECK(PyLong_AsSsize_t(v) == -1 && raised(PyExc_OverflowError, "Python int too large to convert to C ssize_t"));
    Py_DECREF(v);
    v = PyLong_FromSsize_t(-5);
    CHECK(PyLong_AsUnsignedLong(v) == (unsigned long)-1 &&
          raised(PyExc_OverflowError, "can't convert negative value to unsigned int"));
    CHECK(PyLong_AsSize_t(v) == (size_t)-1 && raised(PyExc_OverflowError, NULL));
    CHECK(PyLong_AsLongAndOverflow(v, &overflow) == -5 && overflow == 0);
    CHECK(PyLong_AsDouble(v) == -5.0);
    Py_DECREF(v);
    v = PyLong_FromSize_t(SIZE_MAX);
    CHECK(PyLong_AsSize_t(v) == SIZE_MAX);
    Py_DECREF(v);
    v = PyLong_FromDouble(-3.99);
    CHECK(PyLong_AsLong(v) == -3);
    Py_DECREF(v);
    v = PyLong_FromDouble(1e20);
    CHECK(repr_is(v, "100000000000000000000"));
    Py_DECREF(v);
    CHECK(PyLong_FromDouble(INFINITY) == NULL && raised(PyExc_OverflowError, "cannot convert float infinity to integer"));
    CHECK(PyLong_FromDouble(NAN) == NULL && raised(PyExc_ValueError, "cannot convert float NaN to integer"));
    char *end = NULL;
    v = PyLong_FromString("  0x1f", &end, 0);
    CHECK(v != NULL && PyLong_AsLong(v) == 31 && *end == '\0');
    Py_DECREF(v);
    v = PyLong_FromString("777", NULL, 8);
    CHECK(PyLong_AsLong(v) == 511);
    Py_DECREF(v);
    CHECK(PyLong_FromString("12z", NULL, 10) == NULL && raised(PyExc_ValueError, "invalid literal for int() with base 10: '12z'"));
    /* Type errors, and __index__. */
    CHECK(PyLong_AsLong(Py_None) == -1 && raised(PyExc_TypeError, "'NoneType' object cannot be interpreted as an integer"));
    PyObject *f = PyFloat_FromDouble(2.5);
    CHECK(PyLong_AsLong(f) == -1 && raised(PyExc_TypeError, "'float' object cannot be interpreted as an integer"));
    CHECK(PyFloat_AsDouble(f) == 2.5 && PyFloat_Check(f));
    CHECK(repr_is(f, "2.5"));
    PyObject *g = run("class I:\n    def __index__(self): return 12\nclass F:\n    def __float__(self): return 0.25\n"
                      "i = I()\nfl = F()\nbig = 2**70\n");
    CHECK(PyLong_AsLong(PyDict_GetItemString(g, "i")) == 12);
    CHECK(PyFloat_AsDouble(PyDict_GetItemString(g, "fl")) == 0.25);
    CHECK(PyFloat_AsDouble(PyDict_GetItemString(g, "i")) == 12.0);
    CHECK(PyFloat_AsDouble(PyDict_GetItemString(g, "big")) == ldexp(1.0, 70));
    CHECK(PyFloat_AsDouble(Py_None) == -1.0 && raised(PyExc_TypeError, "must be real number, not NoneType"));
    CHECK(PyLong_AsLongAndOverflow(PyDict_GetItemString(g, "big"), &overflow) == -1 && overflow == 1);
    PyObject *s = PyUnicode_FromString("1.75");
    PyObject *pf = PyFloat_FromString(s);
    CHECK(PyFloat_AsDouble(pf) == 1.75);
    Py_DECREF(pf);
    Py_DECREF(s);
    CHECK(PyBool_FromLong(5) == Py_True && PyBool_FromLong(0) == Py_False);
    /* The number protocol. */
    PyObject *a = PyLong_FromLong(7), *b = PyLong_FromLong(2);
    PyObject *r;
    r = PyNumber_Add(a, b); CHECK(PyLong_AsLong(r) == 9); Py_DECREF(r);
    r = PyNumber_Subtract(a, b); CHECK(PyLong_AsLong(r) == 5); Py_DECREF(r);
    r = PyNumber_Multiply(a, b); CHECK(PyLong_AsLong(r) == 14); Py_DECREF(r);
    r = PyNumber_TrueDivide(a, b); CHECK(PyFloat_AsDouble(r) == 3.5); Py_DECREF(r);
    r = PyNumber_FloorDivide(a, b); CHECK(PyLong_AsLong(r) == 3); Py_DECREF(r);
    r = PyNumber_Remainder(a, b); CHECK(PyLong_AsLong(r) == 1); Py_DECREF(r);
    r = PyNumber_Power(a, b, Py_None); CHECK(PyLong_AsLong(r) == 49); Py_DECREF(r);
    r = PyNumber_Negative(a); CHECK(PyLong_AsLong(r) == -7); Py_DECREF(r);
    r = PyNumber_Lshift(a, b); CHECK(PyLong_AsLong(r) == 28); Py_DECREF(r);
    r = PyNumber_Long(f); CHECK(PyLong_CheckExact(r) && PyLong_AsLong(r) == 2); Py_DECREF(r);
    r = PyNumber_Float(a); CHECK(PyFloat_CheckExact(r) && PyFloat_AsDouble(r) == 7.0); Py_DECREF(r);
    r = PyNumber_Index(a); CHECK(r == a || PyLong_AsLong(r) == 7); Py_DECREF(r);
    CHECK(PyNumber_Index(f) == NULL && raised(PyExc_TypeError, "'float' object cannot be interpreted as an integer"));
    PyObject *zero = PyLong_FromLong(0);
    CHECK(PyNumber_TrueDivide(a, zero) == NULL && raised(PyExc_ZeroDivisionError, "division by zero"));
    CHECK(PyNumber_Add(a, Py_None) == NULL &&
          raised(PyExc_TypeError, "unsupported operand type(s) for +: 'int' and 'NoneType'"));
    Py_DECREF(zero);
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(f);
    Py_DECREF(g);
    CHECK(Py_FinalizeEx() == 0);
}

/* --- str and bytes -------------------------------------------------------------- */

static void case_unicode_bytes(void)
{
    Py_Initialize();
    PyObject *s = PyUnicode_FromString("h\xc3\xa9llo w\xc3\xb6rld");
    CHECK(s != NULL && PyUnicode_GetLength(s) == 11);
    Py_ssize_t n = 0;
    const char *u = PyUnicode_AsUTF8AndSize(s, &n);
    CHECK(n == 13 && strcmp(u, "h\xc3\xa9llo w\xc3\xb6rld") == 0);
    CHECK(PyUnicode_AsUTF8(s) == u); /* the buffer belongs to the object */
    PyObject *z = PyUnicode_FromStringAndSize("a\0b", 3);
    CHECK(PyUnicode_GetLength(z) == 3 && PyUnicode_AsUTF8AndSize(z, &n) != NULL && n == 3);
    CHECK(PyUnicode_FromStringAndSize("\xff\xfe", 2) == NULL && raised(PyExc_UnicodeDecodeError, NULL));
    PyObject *tail = PyUnicode_FromString("!");
    PyObject *cat = PyUnicode_Concat(s, tail);
    CHECK(str_is(cat, "h\xc3\xa9llo w\xc3\xb6rld!"));
    CHECK(PyUnicode_Concat(s, Py_None) == NULL && raised(PyExc_TypeError, NULL));
    PyObject *abc = PyUnicode_FromString("abc"), *abd = PyUnicode_FromString("abd");
    CHECK(PyUnicode_Compare(abc, abd) == -1 && PyUnicode_Compare(abd, abc) == 1 && PyUnicode_Compare(abc, abc) == 0);
    CHECK(PyUnicode_CompareWithASCIIString(abc, "abc") == 0 && PyUnicode_CompareWithASCIIString(abc, "abcd") < 0);
    CHECK(PyUnicode_CompareWithASCIIString(abd, "abc") > 0);
    PyObject *in = PyUnicode_InternFromString("interned_name");
    CHECK(str_is(in, "interned_name"));
    PyObject *fmt = PyUnicode_FromFormat("%s|%d|%i|%ld|%zd|%u|%x|%c|%%|%.3s|%U|%S|%R", "str", -4, 5, 6L,
                                         (Py_ssize_t)-7, 8u, 255u, 0xe9, "abcdef", abc, abd, abc);
    CHECK(str_is(fmt, "str|-4|5|6|-7|8|ff|\xc3\xa9|%|abc|abc|abd|'abc'"));
    CHECK(PyUnicode_AsUTF8(Py_None) == NULL && raised(PyExc_TypeError, "bad argument type for built-in operation"));
    PyObject *a = PyObject_ASCII(s);
    CHECK(str_is(a, "'h\\xe9llo w\\xf6rld'"));
    /* bytes */
    PyObject *b = PyBytes_FromStringAndSize("a\0bc", 4);
    CHECK(PyBytes_Size(b) == 4 && memcmp(PyBytes_AsString(b), "a\0bc", 4) == 0);
    CHECK(repr_is(b, "b'a\\x00bc'"));
    char *buf;
    Py_ssize_t len;
    CHECK(PyBytes_AsStringAndSize(b, &buf, &len) == 0 && len == 4);
    CHECK(PyBytes_AsStringAndSize(b, &buf, NULL) == -1 && raised(PyExc_ValueError, "embedded null byte"));
    PyObject *b2 = PyBytes_FromString("xyz");
    CHECK(PyBytes_Size(b2) == 3 && strcmp(PyBytes_AsString(b2), "xyz") == 0);
    CHECK(PyBytes_AsString(s) == NULL && raised(PyExc_TypeError, "expected bytes, str found"));
    CHECK(PyBytes_Size(s) == -1 && raised(PyExc_TypeError, NULL));
    PyObject *enc = PyUnicode_AsUTF8String(s);
    CHECK(PyBytes_Check(enc) && PyBytes_Size(enc) == 13);
    Py_DECREF(enc);
    Py_DECREF(b2);
    Py_DECREF(b);
    Py_DECREF(a);
    Py_DECREF(fmt);
    Py_DECREF(in);
    Py_DECREF(abc);
    Py_DECREF(abd);
    Py_DECREF(cat);
    Py_DECREF(tail);
    Py_DECREF(z);
    Py_DECREF(s);
    CHECK(Py_FinalizeEx() == 0);
}

/* --- tuples, lists, dicts ------------------------------------------------------- */

static void case_tuple_list(void)
{
    Py_Initialize();
    PyObject *t = PyTuple_New(3);
    CHECK(PyTuple_Size(t) == 3);
    CHECK(PyTuple_SetItem(t, 0, PyLong_FromLong(1)) == 0); /* steals */
    CHECK(PyTuple_SetItem(t, 1, PyUnicode_FromString("two")) == 0);
    PyObject *third = PyList_New(0);
    Py_INCREF(third);
    CHECK(PyTuple_SetItem(t, 2, third) == 0);
    CHECK(PyTuple_GetItem(t, 2) == third && Py_REFCNT(third) >= 2);
    Py_DECREF(third);
    CHECK(repr_is(t, "(1, 'two', [])"));
    /* A stolen reference stays usable while the tuple lives (the caller
     * borrows it from the tuple). */
    PyObject *item = PyUnicode_FromString("stolen but alive");
    PyObject *t1 = PyTuple_New(1);
    CHECK(PyTuple_SetItem(t1, 0, item) == 0);
    CHECK(str_is(item, "stolen but alive") && PyTuple_GetItem(t1, 0) == item);
    Py_DECREF(t1);
    CHECK(PyTuple_GetItem(t, 3) == NULL && raised(PyExc_IndexError, "tuple index out of range"));
    CHECK(PyTuple_GetItem(t, -1) == NULL && raised(PyExc_IndexError, "tuple index out of range"));
    CHECK(PyTuple_SetItem(t, 5, PyLong_FromLong(0)) == -1 && raised(PyExc_IndexError, "tuple assignment index out of range"));
    PyObject *sl = PyTuple_GetSlice(t, 1, 10);
    CHECK(repr_is(sl, "('two', [])"));
    Py_DECREF(sl);
    CHECK(PyTuple_Size(Py_None) == -1 && raised(PyExc_SystemError, NULL));
    PyObject *p = PyTuple_Pack(2, Py_None, Py_True);
    CHECK(repr_is(p, "(None, True)") && PyTuple_GET_SIZE(p) == 2 && PyTuple_GET_ITEM(p, 1) == Py_True);
    Py_DECREF(p);

    PyObject *l = PyList_New(2);
    CHECK(PyList_Size(l) == 2);
    CHECK(PyList_SetItem(l, 0, PyLong_FromLong(30)) == 0 && PyList_SetItem(l, 1, PyLong_FromLong(10)) == 0);
    PyObject *x = PyLong_FromLong(20);
    CHECK(PyList_Append(l, x) == 0);
    CHECK(PyList_Insert(l, 0, x) == 0 && PyList_Insert(l, -100, x) == 0 && PyList_Insert(l, 100, x) == 0);
    Py_DECREF(x);
    CHECK(repr_is(l, "[20, 20, 30, 10, 20, 20]"));
    CHECK(PyList_Sort(l) == 0 && repr_is(l, "[10, 20, 20, 20, 20, 30]"));
    CHECK(PyList_Reverse(l) == 0 && PyLong_AsLong(PyList_GetItem(l, 0)) == 30);
    PyObject *tt = PyList_AsTuple(l);
    CHECK(PyTuple_Check(tt) && PyTuple_Size(tt) == 6);
    Py_DECREF(tt);
    PyObject *ls = PyList_GetSlice(l, 0, 2);
    CHECK(repr_is(ls, "[30, 20]"));
    Py_DECREF(ls);
    CHECK(PyList_GetItem(l, 6) == NULL && raised(PyExc_IndexError, "list index out of range"));
    CHECK(PyList_SetItem(l, 6, PyLong_FromLong(0)) == -1 && raised(PyExc_IndexError, "list assignment index out of range"));
    CHECK(PyList_Append(t, Py_None) == -1 && raised(PyExc_SystemError, NULL));
    PyObject *mixed = Py_BuildValue("[iOs]", 1, Py_None, "a");
    CHECK(PyList_Sort(mixed) == -1 && raised(PyExc_TypeError, NULL));
    Py_DECREF(mixed);
    /* Sequence protocol */
    CHECK(PySequence_Check(l) && !PySequence_Check(Py_None));
    CHECK(PySequence_Size(l) == 6 && PySequence_Contains(l, PyLong_FromLong(20)) == 1);
    PyObject *v20 = PyLong_FromLong(20);
    CHECK(PySequence_Count(l, v20) == 4 && PySequence_Index(l, v20) == 1);
    Py_DECREF(v20);
    PyObject *seqt = PySequence_Tuple(l);
    CHECK(PyTuple_CheckExact(seqt));
    Py_DECREF(seqt);
    PyObject *seql = PySequence_List(t);
    CHECK(PyList_CheckExact(seql) && PyList_Size(seql) == 3);
    Py_DECREF(seql);
    CHECK(PySequence_SetItem(l, 0, Py_None) == 0 && PyList_GetItem(l, 0) == Py_None);
    CHECK(PySequence_DelItem(l, 0) == 0 && PyList_Size(l) == 5);
    PyObject *gs = PySequence_GetSlice(l, 1, 3);
    CHECK(repr_is(gs, "[20, 20]"));
    Py_DECREF(gs);
    PyObject *cc = PySequence_Concat(t, t);
    CHECK(PyTuple_Size(cc) == 6);
    Py_DECREF(cc);
    PyObject *rep = PySequence_Repeat(l, 2);
    CHECK(PyList_Size(rep) == 10);
    Py_DECREF(rep);
    Py_DECREF(l);
    Py_DECREF(t);
    CHECK(Py_FinalizeEx() == 0);
}

static void case_dict(void)
{
    Py_Initialize();
    PyObject *d = PyDict_New();
    PyObject *k = PyUnicode_FromString("key"), *v = PyLong_FromLong(1);
    CHECK(PyDict_SetItem(d, k, v) == 0 && PyDict_Size(d) == 1);
    CHECK(PyDict_SetItemString(d, "other", Py_None) == 0);
    CHECK(PyDict_GetItem(d, k) == v || PyLong_AsLong(PyDict_GetItem(d, k)) == 1);
    CHECK(PyDict_GetItemString(d, "other") == Py_None);
    CHECK(PyDict_GetItemString(d, "absent") == NULL && PyErr_Occurred() == NULL);
    CHECK(PyDict_Contains(d, k) == 1 && PyDict_ContainsString(d, "absent") == 0);
    PyObject *unhashable = PyList_New(0);
    CHECK(PyDict_GetItemWithError(d, unhashable) == NULL && raised(PyExc_TypeError, "unhashable type: 'list'"));
    CHECK(PyDict_GetItemWithError(d, v) == NULL && PyErr_Occurred() == NULL);
    CHECK(PyDict_SetItem(d, unhashable, v) == -1 && raised(PyExc_TypeError, "unhashable type: 'list'"));
    CHECK(PyDict_Contains(d, unhashable) == -1 && raised(PyExc_TypeError, NULL));
    PyObject *out = NULL;
    CHECK(PyDict_GetItemRef(d, k, &out) == 1 && PyLong_AsLong(out) == 1);
    Py_DECREF(out);
    CHECK(PyDict_GetItemStringRef(d, "absent", &out) == 0 && out == NULL);
    PyObject *keys = PyDict_Keys(d), *values = PyDict_Values(d), *items = PyDict_Items(d);
    CHECK(repr_is(keys, "['key', 'other']") && repr_is(values, "[1, None]") && repr_is(items, "[('key', 1), ('other', None)]"));
    Py_DECREF(keys);
    Py_DECREF(values);
    Py_DECREF(items);
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    int seen = 0;
    while (PyDict_Next(d, &pos, &key, &value)) {
        CHECK(PyUnicode_Check(key));
        if (seen == 0) {
            CHECK(str_is(key, "key") && PyLong_AsLong(value) == 1);
        } else {
            CHECK(str_is(key, "other") && value == Py_None);
        }
        seen++;
    }
    CHECK(seen == 2);
    PyObject *c = PyDict_Copy(d);
    CHECK(c != d && PyDict_Size(c) == 2);
    CHECK(PyDict_DelItem(c, k) == 0 && PyDict_Size(c) == 1 && PyDict_Size(d) == 2);
    CHECK(PyDict_DelItem(c, k) == -1 && raised(PyExc_KeyError, "'key'"));
    CHECK(PyDict_DelItemString(c, "other") == 0 && PyDict_Size(c) == 0);
    PyObject *upd = Py_BuildValue("{s:i,s:i}", "key", 5, "new", 6);
    CHECK(PyDict_Update(c, d) == 0 && PyDict_Update(c, upd) == 0);
    CHECK(repr_is(c, "{'key': 5, 'other': None, 'new': 6}"));
    CHECK(PyDict_Merge(d, upd, 0) == 0 && repr_is(d, "{'key': 1, 'other': None, 'new': 6}"));
    CHECK(PyDict_Update(c, Py_None) == -1 && raised(PyExc_AttributeError, NULL));
    PyDict_Clear(c);
    CHECK(PyDict_Size(c) == 0);
    CHECK(PyDict_Size(Py_None) == -1 && raised(PyExc_SystemError, NULL));
    /* Mapping protocol */
    CHECK(PyMapping_Check(d) && PyMapping_Size(d) == 3 && PyMapping_HasKeyString(d, "new"));
    CHECK(!PyMapping_HasKeyString(d, "nope") && PyMapping_HasKey(d, k));
    PyObject *mk = PyMapping_Keys(d);
    CHECK(PyList_Check(mk) && PyList_Size(mk) == 3);
    Py_DECREF(mk);
    CHECK(PyMapping_SetItemString(d, "m", Py_True) == 0);
    PyObject *mv = PyMapping_GetItemString(d, "m");
    CHECK(mv == Py_True);
    Py_DECREF(mv);
    CHECK(PyMapping_GetItemString(d, "zz") == NULL && raised(PyExc_KeyError, "'zz'"));
    Py_DECREF(upd);
    Py_DECREF(c);
    Py_DECREF(unhashable);
    Py_DECREF(k);
    Py_DECREF(v);
    Py_DECREF(d);
    CHECK(Py_FinalizeEx() == 0);
}

/* --- the object protocol -------------------------------------------------------- */

static void case_object_protocol(void)
{
    Py_Initialize();
    PyObject *g = run("class C:\n"
                      "    attr = 1\n"
                      "    def __init__(self): self.items = {}\n"
                      "    def __repr__(self): return 'C()'\n"
                      "    def __str__(self): return 'a C'\n"
                      "    def __len__(self): return 3\n"
                      "    def __getitem__(self, k): return self.items[k]\n"
                      "    def __setitem__(self, k, v): self.items[k] = v\n"
                      "    def __delitem__(self, k): del self.items[k]\n"
                      "    def __call__(self, *a, **kw): return (a, kw)\n"
                      "    def __format__(self, spec): return 'fmt:' + spec\n"
                      "    def m(self, x, y=2): return x * y\n"
                      "    def __eq__(self, o): return isinstance(o, C)\n"
                      "    __hash__ = object.__hash__\n"
                      "c = C()\n"
                      "class D(C): pass\n"
                      "def gen():\n    yield 1\n    yield 2\n");
    PyObject *c = PyDict_GetItemString(g, "c");
    PyObject *C = PyDict_GetItemString(g, "C");
    PyObject *D = PyDict_GetItemString(g, "D");
    CHECK(str_is(c, "a C") && repr_is(c, "C()"));
    PyObject *r = PyObject_Str(NULL);
    CHECK(str_is(r, "<NULL>"));
    Py_DECREF(r);
    PyObject *one = PyObject_GetAttrString(c, "attr");
    CHECK(PyLong_AsLong(one) == 1);
    Py_DECREF(one);
    CHECK(PyObject_GetAttrString(c, "nope") == NULL && raised(PyExc_AttributeError, "'C' object has no attribute 'nope'"));
    CHECK(PyObject_SetAttrString(c, "nope", Py_True) == 0 && PyObject_HasAttrString(c, "nope"));
    PyObject *name = PyUnicode_FromString("nope");
    CHECK(PyObject_HasAttr(c, name) == 1 && PyObject_HasAttrWithError(c, name) == 1);
    CHECK(PyObject_DelAttr(c, name) == 0 && PyObject_HasAttr(c, name) == 0);
    CHECK(PyObject_DelAttrString(c, "nope") == -1 && raised(PyExc_AttributeError, NULL));
    CHECK(PyObject_HasAttrStringWithError(c, "nope") == 0 && PyErr_Occurred() == NULL);
    CHECK(PyObject_SetAttr(c, name, Py_None) == 0);
    PyObject *got = PyObject_GetAttr(c, name);
    CHECK(got == Py_None);
    Py_DECREF(got);
    CHECK(PyObject_GetAttr(c, Py_None) == NULL && raised(PyExc_TypeError, "attribute name must be string, not 'NoneType'"));
    Py_DECREF(name);
    /* items */
    PyObject *key = PyUnicode_FromString("k");
    CHECK(PyObject_SetItem(c, key, Py_False) == 0);
    got = PyObject_GetItem(c, key);
    CHECK(got == Py_False);
    Py_DECREF(got);
    CHECK(PyObject_DelItem(c, key) == 0);
    CHECK(PyObject_GetItem(c, key) == NULL && raised(PyExc_KeyError, "'k'"));
    CHECK(PyObject_DelItemString(c, "k") == -1 && raised(PyExc_KeyError, NULL));
    Py_DECREF(key);
    CHECK(PyObject_Size(c) == 3 && PyObject_Length(c) == 3);
    CHECK(PyObject_Size(Py_None) == -1 && raised(PyExc_TypeError, "object of type 'NoneType' has no len()"));
    /* calls */
    CHECK(PyCallable_Check(c) && PyCallable_Check(C) && !PyCallable_Check(Py_None));
    PyObject *args = Py_BuildValue("(ii)", 1, 2), *kwargs = Py_BuildValue("{s:s}", "k", "v");
    r = PyObject_Call(c, args, kwargs);
    CHECK(repr_is(r, "((1, 2), {'k': 'v'})"));
    Py_DECREF(r);
    r = PyObject_CallObject(c, NULL);
    CHECK(repr_is(r, "((), {})"));
    Py_DECREF(r);
    r = PyObject_CallOneArg(c, Py_None);
    CHECK(repr_is(r, "((None,), {})"));
    Py_DECREF(r);
    r = PyObject_CallFunction(c, "is", 5, "x");
    CHECK(repr_is(r, "((5, 'x'), {})"));
    Py_DECREF(r);
    r = PyObject_CallFunction(c, NULL);
    CHECK(repr_is(r, "((), {})"));
    Py_DECREF(r);
    r = PyObject_CallFunction(c, "(ii)", 1, 2); /* one tuple: the argument list */
    CHECK(repr_is(r, "((1, 2), {})"));
    Py_DECREF(r);
    r = PyObject_CallMethod(c, "m", "i", 4);
    CHECK(PyLong_AsLong(r) == 8);
    Py_DECREF(r);
    PyObject *mname = PyUnicode_FromString("m");
    PyObject *three = PyLong_FromLong(3);
    r = PyObject_CallMethodObjArgs(c, mname, three, three, NULL);
    CHECK(PyLong_AsLong(r) == 9);
    Py_DECREF(r);
    r = PyObject_CallFunctionObjArgs(c, three, NULL);
    CHECK(repr_is(r, "((3,), {})"));
    Py_DECREF(r);
    r = PyObject_CallMethodOneArg(c, mname, three);
    CHECK(PyLong_AsLong(r) == 6);
    Py_DECREF(r);
    PyObject *vargs[] = { three, three };
    PyObject *kwn = Py_BuildValue("(s)", "y");
    PyObject *m = PyObject_GetAttrString(c, "m");
    r = PyObject_Vectorcall(m, vargs, 1, kwn);
    CHECK(PyLong_AsLong(r) == 9);
    Py_DECREF(r);
    Py_DECREF(m);
    Py_DECREF(kwn);
    CHECK(PyObject_CallMethod(c, "m", "") == NULL &&
          raised(PyExc_TypeError, "C.m() missing 1 required positional argument: 'x'"));
    CHECK(PyObject_CallMethod(c, "absent", NULL) == NULL && raised(PyExc_AttributeError, NULL));
    CHECK(PyObject_CallObject(c, Py_None) == NULL && raised(PyExc_TypeError, "argument list must be a tuple"));
    Py_DECREF(mname);
    Py_DECREF(three);
    Py_DECREF(args);
    Py_DECREF(kwargs);
    /* truth, comparison, hash, isinstance */
    CHECK(PyObject_IsTrue(c) == 1 && PyObject_Not(c) == 0);
    PyObject *empty = PyList_New(0);
    CHECK(PyObject_IsTrue(empty) == 0 && PyObject_Not(empty) == 1);
    CHECK(PyObject_IsTrue(Py_None) == 0);
    PyObject *c2 = PyObject_CallNoArgs(C);
    CHECK(PyObject_RichCompareBool(c, c2, Py_EQ) == 1 && PyObject_RichCompareBool(c, Py_None, Py_EQ) == 0);
    r = PyObject_RichCompare(c, c2, Py_NE);
    CHECK(r == Py_False);
    Py_DECREF(r);
    PyObject *i1 = PyLong_FromLong(1), *i2 = PyLong_FromLong(2);
    CHECK(PyObject_RichCompareBool(i1, i2, Py_LT) == 1 && PyObject_RichCompareBool(i1, i2, Py_GE) == 0);
    CHECK(PyObject_RichCompareBool(i1, Py_None, Py_LT) == -1 &&
          raised(PyExc_TypeError, "'<' not supported between instances of 'int' and 'NoneType'"));
    CHECK(PyObject_Hash(i2) == 2);
    CHECK(PyObject_Hash(empty) == -1 && raised(PyExc_TypeError, "unhashable type: 'list'"));
    PyObject *d = PyObject_CallNoArgs(D);
    CHECK(PyObject_IsInstance(d, C) == 1 && PyObject_IsInstance(c, D) == 0);
    CHECK(PyObject_IsSubclass(D, C) == 1 && PyObject_IsSubclass(C, D) == 0);
    PyObject *tup = PyTuple_Pack(2, (PyObject *)&PyLong_Type, C);
    CHECK(PyObject_IsInstance(d, tup) == 1);
    Py_DECREF(tup);
    CHECK(PyObject_IsInstance(d, Py_None) == -1 && raised(PyExc_TypeError, NULL));
    CHECK(PyType_IsSubtype((PyTypeObject *)D, (PyTypeObject *)C));
    PyObject *t = PyObject_Type(d);
    CHECK(t == D);
    Py_DECREF(t);
    /* format, dir, iteration */
    PyObject *spec = PyUnicode_FromString(">5");
    r = PyObject_Format(c, spec);
    CHECK(str_is(r, "fmt:>5"));
    Py_DECREF(r);
    r = PyObject_Format(i2, spec);
    CHECK(str_is(r, "    2"));
    Py_DECREF(r);
    Py_DECREF(spec);
    PyObject *dir = PyObject_Dir(c);
    CHECK(dir != NULL && PyList_Check(dir) && PySequence_Contains(dir, PyUnicode_FromString("items")) == 1);
    Py_DECREF(dir);
    PyObject *gen = PyObject_CallNoArgs(PyDict_GetItemString(g, "gen"));
    PyObject *it = PyObject_GetIter(gen);
    CHECK(it == gen && PyIter_Check(it));
    PyObject *item;
    long sum = 0;
    while ((item = PyIter_Next(it)) != NULL) {
        sum += PyLong_AsLong(item);
        Py_DECREF(item);
    }
    CHECK(sum == 3 && PyErr_Occurred() == NULL);
    Py_DECREF(it);
    Py_DECREF(gen);
    CHECK(PyObject_GetIter(i1) == NULL && raised(PyExc_TypeError, "'int' object is not iterable"));
    Py_DECREF(i1);
    Py_DECREF(i2);
    Py_DECREF(d);
    Py_DECREF(c2);
    Py_DECREF(empty);
    Py_DECREF(g);
    CHECK(Py_FinalizeEx() == 0);
}

/* --- modules, import, sys, the running frame ------------------------------------- */

static void case_modules(void)
{
    Py_Initialize();
    PyObject *sys = PyImport_ImportModule("sys");
    CHECK(sys != NULL && PyModule_Check(sys) && strcmp(PyModule_GetName(sys), "sys") == 0);
    PyObject *modules = PyImport_GetModuleDict();
    CHECK(PyDict_Check(modules) && PyDict_GetItemString(modules, "sys") == sys);
    PyObject *sysname = PyUnicode_FromString("sys");
    PyObject *sys2 = PyImport_Import(sysname);
    CHECK(sys2 == sys);
    Py_DECREF(sys2);
    Py_DECREF(sysname);
    CHECK(PyImport_ImportModule("no_such_module_xyz") == NULL &&
          raised(PyExc_ModuleNotFoundError, "No module named 'no_such_module_xyz'"));
    PyObject *main = PyImport_AddModule("__main__");
    CHECK(main != NULL && PyModule_CheckExact(main));
    PyObject *fresh = PyImport_AddModule("made_by_c");
    CHECK(fresh != NULL && fresh == PyImport_AddModule("made_by_c") && PyDict_GetItemString(modules, "made_by_c") == fresh);
    CHECK(PyModule_AddIntConstant(fresh, "ANSWER", 42) == 0);
    CHECK(PyModule_AddStringConstant(fresh, "NAME", "deep thought") == 0);
    PyObject *lst = PyList_New(0);
    CHECK(PyModule_AddObjectRef(fresh, "lst", lst) == 0);
#ifdef SUBPY
    /* The module holds the object in the engine: C counts only C's own
     * references (docs/capi-objects.md). */
    CHECK(Py_REFCNT(lst) == 1);
#else
    CHECK(Py_REFCNT(lst) == 2);
#endif
    Py_DECREF(lst);
    CHECK(PyModule_AddObjectRef(fresh, "nothing", NULL) == -1 && raised(PyExc_SystemError, NULL));
    CHECK(PyModule_AddObjectRef(Py_None, "x", Py_None) == -1 && raised(PyExc_TypeError, NULL));
    CHECK(PyRun_SimpleString("import made_by_c\nassert made_by_c.ANSWER == 42 and made_by_c.NAME == 'deep thought'\n") == 0);
    PyObject *md = PyModule_GetDict(fresh);
    CHECK(PyDict_Check(md) && md == PyModule_GetDict(fresh) && str_is(PyDict_GetItemString(md, "__name__"), "made_by_c"));
    PyObject *nm = PyModule_New("new_mod");
    CHECK(nm != NULL && strcmp(PyModule_GetName(nm), "new_mod") == 0 && Py_REFCNT(nm) == 1);
    PyObject *nmname = PyModule_GetNameObject(nm);
    CHECK(str_is(nmname, "new_mod"));
    Py_DECREF(nmname);
    PyObject *n2 = PyUnicode_FromString("other_mod");
    PyObject *om = PyModule_NewObject(n2);
    CHECK(strcmp(PyModule_GetName(om), "other_mod") == 0);
    Py_DECREF(om);
    Py_DECREF(n2);
    CHECK(PyModule_GetDict(Py_None) == NULL && raised(PyExc_SystemError, NULL));
    Py_DECREF(nm);
    /* builtins, globals of no frame */
    PyObject *b = PyEval_GetBuiltins();
    CHECK(PyDict_Check(b) && PyDict_GetItemString(b, "len") != NULL);
    CHECK(PyEval_GetGlobals() == NULL && PyErr_Occurred() == NULL);
    /* sys */
    PyObject *path = PySys_GetObject("path");
    CHECK(path != NULL && PyList_Check(path));
    CHECK(PySys_GetObject("no_such_attr") == NULL && PyErr_Occurred() == NULL);
    PyObject *val = PyUnicode_FromString("set from C");
    CHECK(PySys_SetObject("subpy_test_value", val) == 0);
    CHECK(PySys_GetObject("subpy_test_value") == val);
    Py_DECREF(val);
    CHECK(PyRun_SimpleString("import sys\nassert sys.subpy_test_value == 'set from C'\n") == 0);
    CHECK(PySys_SetObject("subpy_test_value", NULL) == 0 && PySys_GetObject("subpy_test_value") == NULL);
    fflush(stdout);
    PySys_WriteStdout("written %d %s\n", 7, "by PySys_WriteStdout");
    CHECK(PyRun_SimpleString("import sys\nsys.stdout.flush()\n") == 0);
    /* PySys_SetArgv(Ex) (deprecated, still used): sys.argv, and sys.path[0]
     * from argv[0]. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    wchar_t *argv[] = { L"-c", L"caf\u00e9", L"x" };
    Py_ssize_t path_len = PyList_Size(PySys_GetObject("path"));
    PySys_SetArgvEx(3, argv, 0);
    CHECK(repr_is(PySys_GetObject("argv"), "['-c', 'caf\xc3\xa9', 'x']"));
    CHECK(PyList_Size(PySys_GetObject("path")) == path_len);
    PySys_SetArgv(3, argv);
    CHECK(PyList_Size(PySys_GetObject("path")) == path_len + 1 && str_is(PyList_GetItem(PySys_GetObject("path"), 0), ""));
    wchar_t *script[] = { L"/usr/lib/some_script.py" };
    PySys_SetArgvEx(1, script, 1);
    CHECK(str_is(PyList_GetItem(PySys_GetObject("path"), 0), "/usr/lib"));
    PySys_SetArgvEx(0, NULL, 0);
    CHECK(repr_is(PySys_GetObject("argv"), "['']"));
#pragma GCC diagnostic pop
    Py_DECREF(sys);
    CHECK(Py_FinalizeEx() == 0);
}

/* PyEval_GetGlobals/Builtins from a C function Python called. */
static PyObject *frame_probe(PyObject *self, PyObject *arg)
{
    (void)self;
    PyObject *g = PyEval_GetGlobals();
    if (g == NULL) {
        return PyErr_Occurred() ? NULL : Py_NewRef(Py_None);
    }
    PyObject *v = PyDict_GetItem(g, arg);
    return Py_NewRef(v != NULL ? v : Py_None);
}

/* --- host modules and argument parsing ------------------------------------------- */

static PyObject *m_noargs(PyObject *self, PyObject *unused)
{
    (void)unused;
    return PyUnicode_FromFormat("noargs self=%s", self != NULL && PyModule_Check(self) ? PyModule_GetName(self) : "?");
}

static PyObject *m_one(PyObject *self, PyObject *arg)
{
    (void)self;
    return PyObject_Repr(arg);
}

static PyObject *m_varargs(PyObject *self, PyObject *args)
{
    (void)self;
    int i;
    const char *s;
    double d = 0.5;
    PyObject *o = Py_None;
    if (!PyArg_ParseTuple(args, "is|dO:varargs", &i, &s, &d, &o)) {
        return NULL;
    }
    return Py_BuildValue("(isdO)", i, s, d, o);
}

static PyObject *m_keywords(PyObject *self, PyObject *args, PyObject *kwargs)
{
    (void)self;
    static char *const kwlist[] = { "a", "b", "c", NULL };
    long a;
    PyObject *b = NULL;
    int c = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "l|O$p:keywords", kwlist, &a, &b, &c)) {
        return NULL;
    }
    return Py_BuildValue("(lOi)", a, b != NULL ? b : Py_None, c);
}

static PyObject *m_fast(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    long total = 0;
    for (Py_ssize_t i = 0; i < nargs; i++) {
        long v = PyLong_AsLong(args[i]);
        if (v == -1 && PyErr_Occurred()) {
            return NULL;
        }
        total += v;
    }
    return PyLong_FromLong(total);
}

static PyObject *m_fastkw(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    (void)self;
    (void)args;
    return Py_BuildValue("(nn)", nargs, kwnames == NULL ? (Py_ssize_t)0 : PyTuple_Size(kwnames));
}

static PyObject *m_raise(PyObject *self, PyObject *arg)
{
    (void)self;
    PyErr_Format(PyExc_ValueError, "C says no to %R", arg);
    return NULL;
}

static PyObject *m_unpack(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *a, *b = Py_None;
    if (!PyArg_UnpackTuple(args, "unpack", 1, 2, &a, &b)) {
        return NULL;
    }
    return PyTuple_Pack(2, b, a);
}

static PyObject *m_callback(PyObject *self, PyObject *fn)
{
    (void)self;
    return PyObject_CallFunction(fn, "s", "from C");
}

static PyObject *m_null(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    return NULL; /* without an exception: a bug CPython reports */
}

/* hostmod.where() and hostmod.wrapcall() serve the host_code_in_* cases:
 * host C code called from Python threads and interpreters.
 *
 * hostmod.where(): what C code sees where it is called: (interpreter ID,
 * thread state ID, thread state address, 1 if the interpreter is among
 * PyInterpreterState_Head/_Next and the thread state among its
 * ThreadHead/_Next, 1 if the lock can be released and re-taken and
 * PyGILState nests). Raises RuntimeError when the pieces disagree. */
static PyObject *probe_where(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    PyThreadState *ts = PyThreadState_Get();
    PyInterpreterState *interp = PyInterpreterState_Get();
    if (PyThreadState_GetInterpreter(ts) != interp || PyThreadState_GetUnchecked() != ts || !PyGILState_Check()) {
        PyErr_SetString(PyExc_RuntimeError, "the thread state and the interpreter disagree");
        return NULL;
    }
    int listed = 0;
    for (PyInterpreterState *i = PyInterpreterState_Head(); i != NULL; i = PyInterpreterState_Next(i)) {
        if (i == interp) {
            for (PyThreadState *t = PyInterpreterState_ThreadHead(i); t != NULL; t = PyThreadState_Next(t)) {
                listed |= t == ts;
            }
        }
    }
    int nests = 0;
    Py_BEGIN_ALLOW_THREADS
    nests = PyThreadState_GetUnchecked() == NULL;
    Py_END_ALLOW_THREADS
    PyGILState_STATE g = PyGILState_Ensure();
    nests &= g == PyGILState_LOCKED && PyThreadState_Get() == ts;
    PyGILState_Release(g);
    nests &= PyThreadState_Get() == ts;
    return Py_BuildValue("(LKnii)", (long long)PyInterpreterState_GetID(interp),
                         (unsigned long long)PyThreadState_GetID(ts), (Py_ssize_t)(intptr_t)ts, listed, nests);
}

/* hostmod.wrapcall(fn, arg): fn(arg) from C, the result wrapped in a list
 * C builds. */
static PyObject *probe_call(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *fn, *arg;
    if (!PyArg_ParseTuple(args, "OO:wrapcall", &fn, &arg)) {
        return NULL;
    }
    PyObject *r = PyObject_CallOneArg(fn, arg);
    if (r == NULL) {
        return NULL;
    }
    PyObject *list = PyList_New(0);
    if (list == NULL || PyList_Append(list, r) < 0) {
        Py_XDECREF(list);
        Py_DECREF(r);
        return NULL;
    }
    Py_DECREF(r);
    return list;
}

static PyMethodDef host_methods[] = {
    { "null", m_null, METH_NOARGS, NULL },
    { "noargs", m_noargs, METH_NOARGS, "no arguments" },
    { "one", m_one, METH_O, NULL },
    { "varargs", m_varargs, METH_VARARGS, NULL },
    { "keywords", _PyCFunction_CAST(m_keywords), METH_VARARGS | METH_KEYWORDS, NULL },
    { "fast", _PyCFunction_CAST(m_fast), METH_FASTCALL, NULL },
    { "fastkw", _PyCFunction_CAST(m_fastkw), METH_FASTCALL | METH_KEYWORDS, NULL },
    { "fail", m_raise, METH_O, NULL },
    { "unpack", m_unpack, METH_VARARGS, NULL },
    { "callback", m_callback, METH_O, NULL },
    { "frame_probe", frame_probe, METH_O, NULL },
    { "where", probe_where, METH_NOARGS, NULL },
    { "wrapcall", probe_call, METH_VARARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static struct PyModuleDef host_module = {
    PyModuleDef_HEAD_INIT, "hostmod", "A module defined by the C host.", -1, host_methods, NULL, NULL, NULL, NULL,
};

static PyObject *init_hostmod(void)
{
    PyObject *m = PyModule_Create(&host_module);
    if (m == NULL) {
        return NULL;
    }
    if (PyModule_AddIntConstant(m, "VERSION", 3) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}

static void case_host_module(void)
{
    CHECK(PyImport_AppendInittab("hostmod", init_hostmod) == 0);
    Py_Initialize();
    PyObject *g = run("import hostmod\n"
                      "r_noargs = hostmod.noargs()\n"
                      "r_one = hostmod.one([1, 'x'])\n"
                      "r_var = hostmod.varargs(3, 'abc')\n"
                      "r_var2 = hostmod.varargs(4, 'd', 2.25, None)\n"
                      "r_kw = hostmod.keywords(5, b='bee', c=1)\n"
                      "r_kw2 = hostmod.keywords(a=6)\n"
                      "r_fast = hostmod.fast(1, 2, 3, 4)\n"
                      "r_fastkw = hostmod.fastkw(1, 2, x=3)\n"
                      "r_unpack = hostmod.unpack('a', 'b')\n"
                      "r_cb = hostmod.callback(lambda s: s.upper())\n"
                      "secret = 'visible'\n"
                      "r_probe = hostmod.frame_probe('secret')\n"
                      "def catch(f, *a, **k):\n"
                      "    try:\n        f(*a, **k)\n"
                      "    except Exception as e:\n        return type(e).__name__ + ': ' + str(e)\n"
                      "e_fail = catch(hostmod.fail, 42)\n"
                      "e_noargs = catch(hostmod.noargs, 1)\n"
                      "e_one = catch(hostmod.one)\n"
                      "e_var_type = catch(hostmod.varargs, 'x', 'y')\n"
                      "e_var_count = catch(hostmod.varargs, 1)\n"
                      "e_var_many = catch(hostmod.varargs, 1, 'a', 1.0, 2, 3)\n"
                      "e_var_kw = catch(hostmod.varargs, 1, 'a', d=2)\n"
                      "e_kw_missing = catch(hostmod.keywords)\n"
                      "e_kw_bad = catch(hostmod.keywords, 1, z=2)\n"
                      "e_kw_twice = catch(hostmod.keywords, 1, a=2)\n"
                      "e_kw_pos = catch(hostmod.keywords, 1, 2, 3)\n"
                      "e_fast = catch(hostmod.fast, 1, 'x')\n"
                      "e_unpack = catch(hostmod.unpack)\n"
                      "e_cb = catch(hostmod.callback, 5)\n"
                      "e_null = catch(lambda: hostmod.null())\n"

                      "doc = hostmod.__doc__\nname = hostmod.__name__\nversion = hostmod.VERSION\n"
                      "fname = hostmod.one.__name__\n");
#define EXPECT(name, want) CHECK(str_is(PyDict_GetItemString(g, name), want))
    EXPECT("r_noargs", "noargs self=hostmod");
    EXPECT("r_one", "[1, 'x']");
    EXPECT("r_var", "(3, 'abc', 0.5, None)");
    EXPECT("r_var2", "(4, 'd', 2.25, None)");
    EXPECT("r_kw", "(5, 'bee', 1)");
    EXPECT("r_kw2", "(6, None, 0)");
    EXPECT("r_fast", "10");
    EXPECT("r_fastkw", "(2, 1)");
    EXPECT("r_unpack", "('b', 'a')");
    EXPECT("r_cb", "FROM C");
    EXPECT("r_probe", "visible");
    EXPECT("e_fail", "ValueError: C says no to 42");
    EXPECT("e_noargs", "TypeError: hostmod.noargs() takes no arguments (1 given)");
    EXPECT("e_one", "TypeError: hostmod.one() takes exactly one argument (0 given)");
    EXPECT("e_var_type", "TypeError: 'str' object cannot be interpreted as an integer");
    EXPECT("e_var_count", "TypeError: varargs() takes at least 2 arguments (1 given)");
    EXPECT("e_var_many", "TypeError: varargs() takes at most 4 arguments (5 given)");
    EXPECT("e_var_kw", "TypeError: varargs() takes no keyword arguments");
    EXPECT("e_kw_missing", "TypeError: keywords() missing required argument 'a' (pos 1)");
    EXPECT("e_kw_bad", "TypeError: keywords() got an unexpected keyword argument 'z'");
    EXPECT("e_kw_twice", "TypeError: argument for keywords() given by name ('a') and position (1)");
    EXPECT("e_kw_pos", "TypeError: keywords() takes at most 2 positional arguments (3 given)");
    EXPECT("e_fast", "TypeError: 'str' object cannot be interpreted as an integer");
    EXPECT("e_unpack", "TypeError: unpack expected at least 1 argument, got 0");
    EXPECT("e_cb", "TypeError: 'int' object is not callable");
    EXPECT("e_null", "SystemError: <built-in function null> returned NULL without setting an exception");
    EXPECT("doc", "A module defined by the C host.");
    EXPECT("name", "hostmod");
    EXPECT("version", "3");
    EXPECT("fname", "one");
#undef EXPECT
    /* A C function object made directly. */
    PyObject *fn = PyCFunction_New(&host_methods[2], NULL);
    CHECK(fn != NULL && PyCallable_Check(fn));
    PyObject *r = PyObject_CallOneArg(fn, Py_True);
    CHECK(str_is(r, "True"));
    Py_DECREF(r);
    Py_DECREF(fn);
    Py_DECREF(g);
    CHECK(Py_FinalizeEx() == 0);
}

/* --- Py_BuildValue and PyArg_ParseTuple formats ------------------------------------ */

static void case_build_parse(void)
{
    Py_Initialize();
    PyObject *v;
    v = Py_BuildValue("");
    CHECK(v == Py_None);
    Py_DECREF(v);
    v = Py_BuildValue("i", 5);
    CHECK(PyLong_CheckExact(v) && PyLong_AsLong(v) == 5);
    Py_DECREF(v);
    v = Py_BuildValue("()");
    CHECK(repr_is(v, "()"));
    Py_DECREF(v);
    v = Py_BuildValue("(i)", 5);
    CHECK(repr_is(v, "(5,)"));
    Py_DECREF(v);
    PyObject *own = PyList_New(0);
    v = Py_BuildValue("s z y s# y# i b h l L k n d f c C O N S [i,i] {s:i} (())",
                      "str", (char *)NULL, "byt", "abcdef", (Py_ssize_t)3, "xy\0z", (Py_ssize_t)4, -1, 200, 300, -4L,
                      -5LL, 6UL, (Py_ssize_t)7, 0.5, 1.5f, 'q', 0xe9, Py_None, own, Py_True, 1, 2, "k", 3);
    CHECK(repr_is(v, "('str', None, b'byt', 'abc', b'xy\\x00z', -1, 200, 300, -4, -5, 6, 7, 0.5, 1.5, b'q', "
                     "'\xc3\xa9', None, [], True, [1, 2], {'k': 3}, ((),))"));
    Py_DECREF(v);
    v = Py_BuildValue("(uu#u)", L"w\u00e9", L"abc", (Py_ssize_t)2, (wchar_t *)NULL);
    CHECK(repr_is(v, "('w\xc3\xa9', 'ab', None)"));
    Py_DECREF(v);
    v = PyUnicode_FromWideChar(L"\U0001F600!", -1);
    CHECK(PyUnicode_GetLength(v) == 2);
    Py_DECREF(v);
    v = Py_BuildValue("K", ULLONG_MAX);
    CHECK(repr_is(v, "18446744073709551615"));
    Py_DECREF(v);
    CHECK(Py_BuildValue("(O)", (PyObject *)NULL) == NULL && raised(PyExc_SystemError, NULL));
    v = Py_BuildValue("(s)", "\xff");
    CHECK(v == NULL && raised(PyExc_UnicodeDecodeError, NULL));
    /* PyArg_ParseTuple */
    PyObject *args = Py_BuildValue("(iLdsOy#(ii)zi)", 1, 2LL, 3.5, "four", Py_None, "fi\0ve", (Py_ssize_t)5, 6, 7,
                                   (char *)NULL, 1);
    int i, a, b, p;
    long long L;
    double d;
    const char *s, *y, *z = "unset";
    Py_ssize_t ylen;
    PyObject *o;
    CHECK(PyArg_ParseTuple(args, "iLdsOy#(ii)zp", &i, &L, &d, &s, &o, &y, &ylen, &a, &b, &z, &p));
    CHECK(i == 1 && L == 2 && d == 3.5 && strcmp(s, "four") == 0 && o == Py_None && ylen == 5 &&
          memcmp(y, "fi\0ve", 5) == 0 && a == 6 && b == 7 && z == NULL && p == 1);
    PyObject *strt = PyTuple_Pack(1, PyUnicode_FromString("x"));
    PyObject *out;
    CHECK(PyArg_ParseTuple(strt, "O!", &PyUnicode_Type, &out) && str_is(out, "x"));
    CHECK(!PyArg_ParseTuple(strt, "O!", &PyLong_Type, &out) && raised(PyExc_TypeError, "argument 1 must be int, not str"));
    CHECK(!PyArg_ParseTuple(strt, "i:f", &i) && raised(PyExc_TypeError, "'str' object cannot be interpreted as an integer"));
    CHECK(!PyArg_ParseTuple(strt, "d:f", &d) && raised(PyExc_TypeError, "must be real number, not str"));
    CHECK(!PyArg_ParseTuple(strt, "S:f", &out) && raised(PyExc_TypeError, "f() argument 1 must be bytes, not str"));
    CHECK(!PyArg_ParseTuple(strt, "ii", &i, &a) && raised(PyExc_TypeError, "function takes exactly 2 arguments (1 given)"));
    CHECK(!PyArg_ParseTuple(strt, "S;need bytes", &out) && raised(PyExc_TypeError, "need bytes"));
    Py_DECREF(strt);
    PyObject *big = PyTuple_Pack(1, PyLong_FromLongLong(1LL << 40));
    CHECK(!PyArg_ParseTuple(big, "i", &i) && raised(PyExc_OverflowError, "signed integer is greater than maximum"));
    unsigned char byte;
    PyObject *neg = Py_BuildValue("(i)", -1);
    CHECK(!PyArg_ParseTuple(neg, "b", &byte) && raised(PyExc_OverflowError, "unsigned byte integer is less than minimum"));
    Py_DECREF(neg);
    Py_DECREF(big);
    PyObject *embedded = Py_BuildValue("(s#)", "a\0b", (Py_ssize_t)3);
    CHECK(!PyArg_ParseTuple(embedded, "s", &s) && raised(PyExc_ValueError, "embedded null character"));
    Py_DECREF(embedded);
    Py_DECREF(args);
    CHECK(Py_FinalizeEx() == 0);
}

/* --- capsules ---------------------------------------------------------------------- */

static void case_capsule(void)
{
    int capsule_target = 42;
    Py_Initialize();
    PyObject *cap = PyCapsule_New(&capsule_target, "hostmod2._C_API", NULL);
    CHECK(cap != NULL && PyCapsule_CheckExact(cap));
    CHECK(PyCapsule_IsValid(cap, "hostmod2._C_API") && !PyCapsule_IsValid(cap, "other") && !PyCapsule_IsValid(cap, NULL));
    CHECK(PyCapsule_GetPointer(cap, "hostmod2._C_API") == &capsule_target);
    CHECK(strcmp(PyCapsule_GetName(cap), "hostmod2._C_API") == 0);
    CHECK(PyCapsule_GetPointer(cap, "wrong") == NULL &&
          raised(PyExc_ValueError, "PyCapsule_GetPointer called with incorrect name"));
    CHECK(PyCapsule_GetContext(cap) == NULL && PyErr_Occurred() == NULL);
    int other = 7;
    CHECK(PyCapsule_SetContext(cap, &other) == 0 && PyCapsule_GetContext(cap) == &other);
    CHECK(PyCapsule_SetPointer(cap, NULL) == -1 && raised(PyExc_ValueError, "PyCapsule_SetPointer called with null pointer"));
    CHECK(PyCapsule_GetDestructor(cap) == NULL && PyErr_Occurred() == NULL);
    CHECK(PyCapsule_New(NULL, "x", NULL) == NULL && raised(PyExc_ValueError, "PyCapsule_New called with null pointer"));
    CHECK(PyCapsule_GetPointer(Py_None, NULL) == NULL &&
          raised(PyExc_ValueError, "PyCapsule_GetPointer called with invalid PyCapsule object"));
    /* Published in a module, found by PyCapsule_Import. */
    PyObject *m = PyImport_AddModule("hostmod2");
    CHECK(PyModule_AddObjectRef(m, "_C_API", cap) == 0);
    CHECK(PyCapsule_Import("hostmod2._C_API", 0) == &capsule_target);
    CHECK(PyCapsule_Import("hostmod2.absent", 0) == NULL && raised(PyExc_AttributeError, NULL));
    CHECK(PyCapsule_SetName(cap, "renamed") == 0);
    CHECK(PyCapsule_Import("hostmod2._C_API", 0) == NULL &&
          raised(PyExc_AttributeError, "PyCapsule_Import \"hostmod2._C_API\" is not valid"));
    Py_DECREF(cap);
    CHECK(Py_FinalizeEx() == 0);
}

/* --- bad arguments ------------------------------------------------------------------ */

/* NULL and wrongly typed arguments that CPython may crash on: subpy raises
 * SystemError (or TypeError) and returns the error value. */
static void case_bad_arguments(void)
{
    Py_Initialize();
    PyObject *l = PyList_New(0), *t = PyTuple_New(2), *one = PyLong_FromLong(1);
    PyErr_SetObject(NULL, NULL);
    CHECK(raised(PyExc_SystemError, NULL));
    PyErr_SetObject(one, NULL); /* not an exception class */
    CHECK(raised(PyExc_SystemError, NULL));
    CHECK(PyNumber_Add(NULL, one) == NULL && raised(PyExc_SystemError, "bad argument to internal function"));
    CHECK(PyObject_GetAttr(NULL, one) == NULL && raised(PyExc_SystemError, NULL));
    CHECK(PyObject_Call(NULL, t, NULL) == NULL && raised(PyExc_SystemError, NULL));
    CHECK(PyObject_SetItem(l, one, NULL) == -1 && raised(PyExc_SystemError, NULL));
    CHECK(PyLong_AsLong(NULL) == -1 && raised(PyExc_SystemError, NULL));
    CHECK(PyFloat_AsDouble(NULL) == -1.0 && raised(PyExc_TypeError, NULL));
    CHECK(PyUnicode_AsUTF8(NULL) == NULL && raised(PyExc_TypeError, NULL));
    CHECK(PyUnicode_FromString(NULL) == NULL && raised(PyExc_SystemError, NULL));
    CHECK(PyList_Append(NULL, one) == -1 && raised(PyExc_SystemError, NULL));
    CHECK(PyList_Append(l, NULL) == -1 && raised(PyExc_SystemError, NULL));
    CHECK(PyTuple_SetItem(NULL, 0, Py_NewRef(one)) == -1 && raised(PyExc_SystemError, NULL));
    CHECK(PyDict_SetItem(NULL, one, one) == -1 && raised(PyExc_SystemError, NULL));
    CHECK(PyDict_GetItem(NULL, one) == NULL && PyErr_Occurred() == NULL);
    Py_ssize_t pos = 0;
    PyObject *k, *v;
    CHECK(PyDict_Next(l, &pos, &k, &v) == 0);
    CHECK(PyModule_GetName(l) == NULL && raised(PyExc_SystemError, NULL));
    CHECK(PyImport_Import(one) == NULL && raised(PyExc_TypeError, NULL));
    CHECK(PyRun_String("1", Py_eval_input, NULL, NULL) == NULL && raised(PyExc_SystemError, NULL));
    CHECK(PyRun_String("1", Py_eval_input, l, NULL) == NULL && raised(PyExc_SystemError, NULL));
    CHECK(PyRun_String("1", 12345, l, NULL) == NULL && raised(PyExc_ValueError, NULL));
    CHECK(PyEval_EvalCode(one, l, NULL) == NULL && raised(PyExc_SystemError, NULL));
    CHECK(PyErr_GivenExceptionMatches(one, PyExc_Exception) == 0);
    Py_DECREF(l);
    Py_DECREF(t);
    Py_DECREF(one);
    CHECK(Py_FinalizeEx() == 0);
}

/* --- references handed over, then used (CPython: the new owner keeps them) -------- */

static void case_stolen_then_used(void)
{
    Py_Initialize();
    PyObject *e = PyObject_CallFunction(PyExc_ValueError, "s", "outer");
    PyObject *cause = PyObject_CallFunction(PyExc_RuntimeError, "s", "cause");
    CHECK(e != NULL && cause != NULL);
    PyException_SetCause(e, cause); /* steals: e keeps cause alive */
    PyObject *r = PyObject_Repr(cause);
    CHECK(r != NULL && strcmp(PyUnicode_AsUTF8(r), "RuntimeError('cause')") == 0);
    Py_DECREF(r);
    PyException_SetContext(e, Py_NewRef(cause));
    PyErr_SetRaisedException(e); /* steals: the thread state keeps e alive */
    PyObject *args = PyException_GetArgs(e);
    CHECK(args != NULL && PyTuple_Size(args) == 1);
    Py_DECREF(args);
    PyObject *saved = PyErr_GetRaisedException();
    CHECK(saved == e);
    CHECK(PyException_GetCause(saved) == cause);
    Py_DECREF(cause); /* GetCause's new reference */
    Py_DECREF(saved);

    PyObject *m = PyModule_New("mm");
    PyObject *o = PyLong_FromLong(123456);
    CHECK(PyModule_AddObject(m, "x", o) == 0);
    CHECK(PyLong_AsLong(o) == 123456);
    PyObject *l = PyList_New(0);
    PyObject *it = PyUnicode_FromString("s");
    CHECK(PyList_Append(l, it) == 0);
    Py_DECREF(it); /* the list keeps it */
    CHECK(strcmp(PyUnicode_AsUTF8(it), "s") == 0);
    CHECK(PyList_GetItem(l, 0) == it);
    PyObject *d = PyDict_New();
    PyObject *v = PyFloat_FromDouble(2.5);
    CHECK(PyDict_SetItemString(d, "k", v) == 0);
    Py_DECREF(v); /* the dict keeps it */
    CHECK(PyFloat_AsDouble(v) == 2.5);
    PyObject *t = PyTuple_New(1);
    PyObject *x = PyUnicode_FromString("x");
    PyTuple_SetItem(t, 0, x);
    CHECK(PyTuple_GetItem(t, 0) == x);
    Py_DECREF(t);
    Py_DECREF(m);
    Py_DECREF(l);
    Py_DECREF(d);
    CHECK(Py_FinalizeEx() == 0);
}

/* Borrowed references from a slot that keeps changing do not pile up:
 * resident memory stays flat over 1e6 rounds. */
static long rss_kb(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    long size = 0, res = 0;
    if (f != NULL) {
        if (fscanf(f, "%ld %ld", &size, &res) != 2) {
            res = 0;
        }
        fclose(f);
    }
    return res * (sysconf(_SC_PAGESIZE) / 1024);
}

static void case_borrowed_slots_flat(void)
{
    Py_Initialize();
    PyObject *g = PyDict_New();
    PyObject *l = PyList_New(1);
    PyList_SetItem(l, 0, PyLong_FromLong(0));
    long base = 0;
    for (long i = 0; i < 1000000; i++) {
        PyObject *v = PyLong_FromLong(i);
        PyDict_SetItemString(g, "n", v);
        Py_DECREF(v);
        CHECK(PyLong_AsLong(PyDict_GetItemString(g, "n")) == i);
        PyList_SetItem(l, 0, PyLong_FromLong(i));
        CHECK(PyLong_AsLong(PyList_GetItem(l, 0)) == i);
        if (i == 200000) {
            base = rss_kb();
        }
    }
    long grown = rss_kb() - base;
    if (grown > 16 * 1024) {
        fprintf(stderr, "resident memory grew by %ld KB over 800000 rounds\n", grown);
        exit(1);
    }
    Py_DECREF(g);
    Py_DECREF(l);
    CHECK(Py_FinalizeEx() == 0);
}

/* --- more of the API: errno, exception classes, sets, str, files, imports ------ */

static void case_more_api(void)
{
    Py_Initialize();
    errno = ENOENT;
    CHECK(PyErr_SetFromErrnoWithFilename(PyExc_OSError, "/nope") == NULL);
    CHECK(raised(PyExc_OSError, "[Errno 2] No such file or directory: '/nope'"));
    errno = EACCES;
    PyErr_SetFromErrno(PyExc_OSError);
    CHECK(raised(PyExc_OSError, "[Errno 13] Permission denied"));

    PyObject *E = PyErr_NewException("host.Error", NULL, NULL);
    CHECK(E != NULL && PyType_Check(E));
    CHECK(PyObject_IsSubclass(E, PyExc_Exception) == 1);
    PyObject *r = PyObject_Repr(E);
    CHECK(str_is(r, "<class 'host.Error'>"));
    Py_DECREF(r);
    PyObject *E2 = PyErr_NewExceptionWithDoc("host.Other", "the doc", E, NULL);
    CHECK(E2 != NULL && PyObject_IsSubclass(E2, E) == 1);
    PyObject *doc = PyObject_GetAttrString(E2, "__doc__");
    CHECK(str_is(doc, "the doc"));
    Py_DECREF(doc);
    CHECK(PyErr_NewException("nodot", NULL, NULL) == NULL);
    CHECK(raised(PyExc_SystemError, "PyErr_NewException: name must be module.class"));

    PyObject *s = PySet_New(NULL);
    CHECK(s != NULL && PySet_Check(s) && PyAnySet_Check(s) && !PyFrozenSet_Check(s));
    CHECK(PySet_Add(s, E) == 0 && PySet_Add(s, E) == 0 && PySet_Size(s) == 1);
    CHECK(PySet_Contains(s, E) == 1 && PySet_Contains(s, E2) == 0);
    CHECK(PySet_Discard(s, E2) == 0 && PySet_Discard(s, E) == 1 && PySet_Size(s) == 0);
    PyObject *l = PyList_New(0);
    CHECK(PySet_Contains(s, l) == -1 && raised(PyExc_TypeError, "unhashable type: 'list'"));
    PyObject *fs = PyFrozenSet_New(NULL);
    CHECK(fs != NULL && PyFrozenSet_Check(fs) && PySet_Size(fs) == 0);
    Py_DECREF(fs);
    Py_DECREF(s);
    Py_DECREF(E2);
    Py_DECREF(E);

    char buf[8];
    CHECK(PyOS_snprintf(buf, sizeof buf, "%d-%s", 5, "abcdefgh") == 10 && strcmp(buf, "5-abcde") == 0);

    PyObject *sep = PyUnicode_FromString(", ");
    PyObject *parts = Py_BuildValue("[sss]", "a", "b", "c");
    PyObject *j = PyUnicode_Join(sep, parts);
    CHECK(str_is(j, "a, b, c"));
    PyObject *sp = PyUnicode_Split(j, sep, -1);
    CHECK(sp != NULL && PyList_Size(sp) == 3 && str_is(PyList_GetItem(sp, 2), "c"));
    PyObject *b = PyUnicode_FromString("b"), *x = PyUnicode_FromString("X");
    PyObject *rep = PyUnicode_Replace(j, b, x, -1);
    CHECK(str_is(rep, "a, X, c"));
    CHECK(PyUnicode_Find(j, b, 0, 100, 1) == 3 && PyUnicode_Find(j, x, 0, 100, 1) == -1);
    CHECK(PyUnicode_Contains(j, b) == 1 && PyUnicode_Contains(j, x) == 0);
    CHECK(PyUnicode_Tailmatch(j, b, 3, 100, -1) == 1 && PyUnicode_Tailmatch(j, b, 0, 100, 1) == 0);
    CHECK(PyUnicode_ReadChar(j, 3) == 'b');
    CHECK(PyUnicode_ReadChar(j, 99) == (Py_UCS4)-1 && raised(PyExc_IndexError, "string index out of range"));
    PyObject *sub = PyUnicode_Substring(j, 3, 4);
    CHECK(str_is(sub, "b"));
    PyObject *fmt = PyUnicode_FromString("%s=%d");
    PyObject *args = Py_BuildValue("(si)", "n", 4);
    PyObject *f = PyUnicode_Format(fmt, args);
    CHECK(str_is(f, "n=4"));
    PyObject *o = PyUnicode_FromOrdinal(0xe9);
    CHECK(str_is(o, "\xc3\xa9"));
    CHECK(PyUnicode_FromOrdinal(0x110000) == NULL && raised(PyExc_ValueError, "chr() arg not in range(0x110000)"));
    Py_ssize_t wn = 0;
    wchar_t *w = PyUnicode_AsWideCharString(o, &wn);
    CHECK(w != NULL && wn == 1 && w[0] == 0xe9 && w[1] == 0);
    PyMem_Free(w);
    PyObject *enc = PyUnicode_AsEncodedString(o, "utf-8", "strict");
    CHECK(enc != NULL && PyBytes_Size(enc) == 2);
    CHECK(PyUnicode_AsASCIIString(o) == NULL && PyErr_ExceptionMatches(PyExc_UnicodeEncodeError));
    PyErr_Clear();
    PyObject *dl = PyUnicode_DecodeLatin1("\xe9", 1, NULL);
    CHECK(PyUnicode_Compare(dl, o) == 0);
    PyObject *dr = PyUnicode_Decode("a\xff" "b", 3, "utf-8", "replace");
    CHECK(str_is(dr, "a\xef\xbf\xbd" "b"));
    CHECK(PyUnicode_FromObject(l) == NULL && raised(PyExc_TypeError, "Can't convert 'list' object to str implicitly"));
    PyObject *fo = PyUnicode_FromObject(o);
    CHECK(fo == o);
    Py_DECREF(fo);
    Py_DECREF(sep); Py_DECREF(parts); Py_DECREF(j); Py_DECREF(sp); Py_DECREF(b); Py_DECREF(x);
    Py_DECREF(rep); Py_DECREF(sub); Py_DECREF(fmt); Py_DECREF(args); Py_DECREF(f); Py_DECREF(o);
    Py_DECREF(enc); Py_DECREF(dl); Py_DECREF(dr);

    int local = 0;
    PyObject *vp = PyLong_FromVoidPtr(&local);
    CHECK(PyLong_AsVoidPtr(vp) == &local);
    Py_DECREF(vp);

    PyObject *c = PyComplex_FromDoubles(1.5, -2.0);
    CHECK(c != NULL && PyComplex_Check(c) && PyComplex_RealAsDouble(c) == 1.5 && PyComplex_ImagAsDouble(c) == -2.0);
    Py_DECREF(c);
    PyObject *one = PyLong_FromLong(1);
    PyObject *sl = PySlice_New(one, NULL, NULL);
    r = PyObject_Repr(sl);
    CHECK(PySlice_Check(sl) && str_is(r, "slice(1, None, None)"));
    Py_DECREF(r); Py_DECREF(sl);
    CHECK(PyObject_Bytes(one) == NULL && raised(PyExc_TypeError, "cannot convert 'int' object to bytes"));
    PyObject *bf = PyBytes_FromFormat("%d:%s", 42, "x");
    CHECK(bf != NULL && strcmp(PyBytes_AsString(bf), "42:x") == 0);
    PyBytes_ConcatAndDel(&bf, PyBytes_FromString("!"));
    CHECK(bf != NULL && strcmp(PyBytes_AsString(bf), "42:x!") == 0);
    PyObject *ob = PyObject_Bytes(bf);
    CHECK(ob == bf);
    Py_DECREF(ob); Py_DECREF(bf);
    PyObject *ba = PyByteArray_FromStringAndSize("abc", 3);
    CHECK(ba != NULL && PyByteArray_Check(ba) && PyByteArray_Size(ba) == 3 && strcmp(PyByteArray_AsString(ba), "abc") == 0);
    Py_DECREF(ba);

    PyObject *d = PyDict_New();
    PyObject *k = PyUnicode_FromString("k");
    PyObject *dv = PyDict_SetDefault(d, k, one);
    CHECK(dv != NULL && PyLong_AsLong(dv) == 1);
    PyObject *popped = NULL;
    CHECK(PyDict_Pop(d, k, &popped) == 1 && PyLong_AsLong(popped) == 1);
    Py_DECREF(popped);
    CHECK(PyDict_PopString(d, "k", &popped) == 0 && popped == NULL);
    PyObject *attr = NULL;
    CHECK(PyObject_GetOptionalAttrString(one, "nope", &attr) == 0 && attr == NULL && !PyErr_Occurred());
    CHECK(PyObject_GetOptionalAttrString(one, "real", &attr) == 1 && attr != NULL);
    Py_DECREF(attr);
    Py_DECREF(k); Py_DECREF(d);

    CHECK(Py_EnterRecursiveCall(" in test") == 0);
    Py_LeaveRecursiveCall();

    PyObject *name = PyUnicode_FromString("sys");
    PyObject *m = PyImport_GetModule(name);
    CHECK(m != NULL && PyModule_Check(m));
    Py_DECREF(m);
    Py_DECREF(name);
    m = PyImport_ImportModuleLevel("sys", NULL, NULL, NULL, 0);
    CHECK(m != NULL && PyModule_Check(m));
    Py_DECREF(m);
    PyObject *co = Py_CompileString("answer = 6 * 7\n", "<gen>", Py_file_input);
    m = PyImport_ExecCodeModule("gen_mod", co);
    CHECK(m != NULL);
    PyObject *ans = PyObject_GetAttrString(m, "answer");
    CHECK(PyLong_AsLong(ans) == 42);
    Py_DECREF(ans); Py_DECREF(m); Py_DECREF(co);

    FILE *fp = tmpfile();
    fputs("y = 2 + 3\n", fp);
    rewind(fp);
    PyObject *g = PyDict_New();
    PyObject *res = PyRun_FileEx(fp, "<tmp>", Py_file_input, g, g, 1);
    CHECK(res == Py_None);
    Py_DECREF(res);
    CHECK(PyLong_AsLong(PyDict_GetItemString(g, "y")) == 5);
    Py_DECREF(g);

    PyObject *sys_out = PySys_GetObject("stdout");
    CHECK(PyFile_WriteString("file-write\n", sys_out) == 0);
    CHECK(PyFile_WriteObject(one, sys_out, 0) == 0);
    CHECK(PyFile_WriteString("\n", sys_out) == 0);
    Py_DECREF(one);
    Py_DECREF(l);
    CHECK(Py_FinalizeEx() == 0);
}

/* --- formats and messages ------------------------------------------------------ */

static void case_format_messages(void)
{
    Py_Initialize();
    PyObject *s = PyUnicode_FromFormat("[%-6s|%6s|%8R|%.2U|%-4.1S|%5V]", "ab", "cd", Py_None,
                                       PyUnicode_FromString("xyz"), Py_True, NULL, "v");
    CHECK(str_is(s, "[ab    |    cd|    None|xy|T   |    v]"));
    Py_DECREF(s);
    s = PyUnicode_FromFormat("[%.1s]", "\xc3\xa9");
    CHECK(str_is(s, "[\xef\xbf\xbd]"));
    Py_DECREF(s);
    CHECK(PyUnicode_FromString("\xff") == NULL);
    CHECK(raised(PyExc_UnicodeDecodeError, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"));
    PyObject *one = PyLong_FromLong(1);
    CHECK(PySequence_GetItem(one, 0) == NULL && raised(PyExc_TypeError, "'int' object does not support indexing"));
    Py_DECREF(one);
    /* Py_single_input echoes expression statements in compound statements */
    PyObject *g = PyDict_New();
    PyObject *r = PyRun_String("for i in range(2):\n    i * 10\n", Py_single_input, g, g);
    CHECK(r == Py_None);
    Py_DECREF(r);
    Py_DECREF(g);
    fflush(stdout);
    CHECK(Py_FinalizeEx() == 0);
}

/* PyErr_WriteUnraisable(None) prints no header; an exception still set at
 * Py_FinalizeEx is reported as CPython 3.13's thread shutdown does. */
static void case_unraisable_and_finalize(void)
{
    Py_Initialize();
    PyErr_WriteUnraisable(NULL); /* nothing set: nothing printed */
    PyErr_SetString(PyExc_RuntimeError, "unraisable one");
    PyErr_WriteUnraisable(Py_None);
    CHECK(!PyErr_Occurred());
    PyErr_SetString(PyExc_ValueError, "left pending");
    CHECK(Py_FinalizeEx() == 0);
}

/* --- interpreters ------------------------------------------------------------------ */

/* Each interpreter has its own objects; one made in a subinterpreter and
 * used after it ended is a fatal error in subpy (CPython: undefined). */
static void case_objects_per_interpreter(void)
{
    Py_Initialize();
    PyThreadState *main_ts = PyThreadState_Get();
    PyObject *main_dict = PyDict_New();
    PyThreadState *sub = Py_NewInterpreter();
    CHECK(sub != NULL);
    PyObject *g = run("x = 'in sub'\n");
    CHECK(str_is(PyDict_GetItemString(g, "x"), "in sub"));
    PyObject *sub_main = PyImport_AddModule("__main__");
    CHECK(sub_main != NULL);
    Py_DECREF(g);
    Py_EndInterpreter(sub);
    PyThreadState_Swap(main_ts);
    CHECK(PyDict_Size(main_dict) == 0);
    Py_DECREF(main_dict);
    CHECK(Py_FinalizeEx() == 0);
}

static void misuse_object_of_ended_interpreter(void)
{
    Py_Initialize();
    PyThreadState *main_ts = PyThreadState_Get();
    PyThreadState *sub = Py_NewInterpreter();
    PyObject *d = PyDict_New();
    Py_EndInterpreter(sub);
    PyThreadState_Swap(main_ts);
    PyObject *k = PyUnicode_FromString("k");
    PyDict_SetItem(d, k, k); /* d was freed with its interpreter */
}

/* A tuple whose items are still NULL reaching Python code: CPython
 * crashes; subpy stops with a fatal error. */
static void misuse_unfilled_tuple(void)
{
    Py_Initialize();
    PyObject *t = PyTuple_New(2);
    PyObject_Repr(t);
}

static void misuse_object_of_other_interpreter(void)
{
    Py_Initialize();
    PyObject *d = PyDict_New();
    PyThreadState *sub = Py_NewInterpreter();
    (void)sub;
    PyDict_Size(d); /* d belongs to the main interpreter */
}

/* --- host C code called from Python threads and interpreters ------------------------ */

/* Host code called from threads started with threading sees each thread's
 * own thread state, in the main interpreter; a threading atexit callback
 * that Py_FinalizeEx runs sees the main thread state (an error there would
 * be printed on stderr). */
static void case_host_code_in_threads(void)
{
    CHECK(PyImport_AppendInittab("hostmod", init_hostmod) == 0);
    Py_Initialize();
    PyThreadState *main_ts = PyThreadState_Get();
    PyObject *g = run("import hostmod, threading\n"
                      "main = hostmod.where()\n"
                      "assert main[0] == 0 and main[3:] == (1, 1), main\n"
                      "seen = []\n"
                      "def work(k):\n"
                      "    for _ in range(20):\n"
                      "        w = hostmod.where()\n"
                      "        r = hostmod.wrapcall(lambda x: (x, str(x)), k)\n"
                      "    assert w == hostmod.where()\n"
                      "    seen.append((k, w, r))\n"
                      "ths = [threading.Thread(target=work, args=(k,)) for k in range(4)]\n"
                      "for t in ths: t.start()\n"
                      "for t in ths: t.join()\n"
                      "assert len(seen) == 4, seen\n"
                      "for k, w, r in seen:\n"
                      "    assert w[0] == 0 and w[1] != main[1] and w[2] != main[2] and w[3:] == (1, 1), (w, main)\n"
                      "    assert r == [(k, str(k))], r\n"
                      "assert len({w[1] for k, w, r in seen}) == 4\n"
                      "assert hostmod.where() == main\n"
                      "main_ts = main[2]\n"
                      "def at_exit():\n"
                      "    w = hostmod.where()\n"
                      "    assert w == main, (w, main)\n"
                      "threading._register_atexit(at_exit)\n");
    CHECK(PyLong_AsSsize_t(PyDict_GetItemString(g, "main_ts")) == (Py_ssize_t)(intptr_t)main_ts);
    Py_DECREF(g);
    CHECK(PyThreadState_Get() == main_ts);
    CHECK(Py_FinalizeEx() == 0);
}

#ifdef SUBPY
/* Host code called in interpreters created from Python (exec, call,
 * threads there, from threads of the main interpreter, nested) sees that
 * interpreter and a thread state of it; the host's inittab modules are
 * there. Interpreters still alive are freed by Py_FinalizeEx. (CPython
 * 3.13 has no concurrent.interpreters and refuses single-phase modules in
 * isolated interpreters.) */
static void case_host_code_in_interpreters(void)
{
    CHECK(PyImport_AppendInittab("hostmod", init_hostmod) == 0);
    Py_Initialize();
    PyThreadState *main_ts = PyThreadState_Get();
    PyObject *g = run("import hostmod, threading, _interpreters\n"
                      "from concurrent import interpreters\n"
                      "main = hostmod.where()\n"
                      "def probe():\n"
                      "    import hostmod\n"
                      "    return hostmod.where()\n"
                      "it = interpreters.create()\n"
                      "w = it.call(probe)\n"
                      "assert w[0] == it.id != 0 and w[2] != main[2] and w[3:] == (1, 1), (w, it.id, main)\n"
                      "assert hostmod.where() == main\n"
                      "it.exec('import hostmod\\n'\n"
                      "        'w = hostmod.where()\\n'\n"
                      "        'assert w[0] == %d and w[3:] == (1, 1), w\\n'\n"
                      "        'assert hostmod.wrapcall(lambda x: {x: 1}, 5) == [{5: 1}]\\n' % it.id)\n"
                      "it.exec('import threading, hostmod\\n'\n"
                      "        'out = []\\n'\n"
                      "        'ths = [threading.Thread(target=lambda: out.append(hostmod.where())) for _ in range(3)]\\n'\n"
                      "        'for t in ths: t.start()\\n'\n"
                      "        'for t in ths: t.join()\\n'\n"
                      "        'me = hostmod.where()\\n'\n"
                      "        'assert me[0] == %d and len(out) == 3, (me, out)\\n'\n"
                      "        'assert all(w[0] == me[0] and w[1] != me[1] and w[3:] == (1, 1) for w in out), (me, out)\\n'\n"
                      "        % it.id)\n"
                      "iid = _interpreters.create()\n"
                      "exc = _interpreters.exec(iid, 'import hostmod\\nw = hostmod.where()\\nassert w[0] == %d, w' % iid)\n"
                      "assert exc is None, exc\n"
                      "exc = _interpreters.exec(iid, 'import hostmod\\nhostmod.wrapcall(int, \"x\")')\n"
                      "assert exc.type.__name__ == 'ValueError', exc\n"
                      "assert hostmod.where() == main\n"
                      "subs = [interpreters.create() for _ in range(2)]\n"
                      "results = {}\n"
                      "def runner(k):\n"
                      "    for _ in range(20):\n"
                      "        results[k] = subs[k].call(probe)\n"
                      "        results[k, 'here'] = hostmod.where()\n"
                      "ths = [threading.Thread(target=runner, args=(k,)) for k in range(2)]\n"
                      "for t in ths: t.start()\n"
                      "for t in ths: t.join()\n"
                      "for k in range(2):\n"
                      "    assert results[k][0] == subs[k].id and results[k][3:] == (1, 1), results\n"
                      "    here = results[k, 'here']\n"
                      "    assert here[0] == 0 and here[1] != main[1] and here[3:] == (1, 1), results\n"
                      "it.exec('import _interpreters, hostmod\\n'\n"
                      "        'j = _interpreters.create()\\n'\n"
                      "        'src = \"import hostmod\\\\nw = hostmod.where()\\\\nassert w[0] == %%d, w\" %% j\\n'\n"
                      "        'assert _interpreters.exec(j, src) is None\\n'\n"
                      "        'assert hostmod.where()[0] == %d\\n'\n"
                      "        '_interpreters.destroy(j)\\n' % it.id)\n"
                      "subs[0].close()\n"
                      "live = len(interpreters.list_all())\n"
                      "assert hostmod.where() == main\n");
    CHECK(PyErr_Occurred() == NULL);
    long live = PyLong_AsLong(PyDict_GetItemString(g, "live"));
    Py_DECREF(g);
    CHECK(PyThreadState_Get() == main_ts);
    /* C sees the interpreters Python created. */
    long n = 0;
    for (PyInterpreterState *i = PyInterpreterState_Head(); i != NULL; i = PyInterpreterState_Next(i)) {
        n++;
    }
    CHECK(live == 4 && n == live);
    CHECK(Py_FinalizeEx() == 0);
    /* Again in a fresh runtime, and finalization with an interpreter
     * whose non-daemon thread still calls host code and whose threading
     * atexit callback (run on the finalizing thread) does too: an error
     * in either would be printed on stderr. */
    Py_Initialize();
    g = run("import hostmod\n"
            "from concurrent import interpreters\n"
            "def probe():\n"
            "    import hostmod\n"
            "    return hostmod.where()\n"
            "it = interpreters.create()\n"
            "assert it.call(probe)[0] == it.id == 1\n"
            "it.exec('import threading, time, hostmod\\n'\n"
            "        'def late():\\n'\n"
            "        '    time.sleep(0.05)\\n'\n"
            "        '    assert hostmod.where()[0] == 1 and hostmod.where()[3:] == (1, 1)\\n'\n"
            "        'threading.Thread(target=late).start()\\n'\n"
            "        'def at_exit():\\n'\n"
            "        '    w = hostmod.where()\\n'\n"
            "        '    assert w[0] == 1 and w[3:] == (1, 1), w\\n'\n"
            "        'threading._register_atexit(at_exit)\\n')\n");
    Py_DECREF(g);
    CHECK(Py_FinalizeEx() == 0);
}
#endif

/* --- the driver ---------------------------------------------------------------------- */

enum { BOTH, SUBPY_ONLY };
enum { EXPECT_OK, EXPECT_EXIT7, EXPECT_ABORT };

struct test_case {
    const char *name;
    void (*run)(void);
    int where;
    int expect;
    const char *stderr_text; /* NULL: not checked; else the whole stderr (EXPECT_ABORT: its start) */
};

#define ERR_PRINT_TEXT \
    "Traceback (most recent call last):\n" \
    "  File \"<string>\", line 5, in outer\n" \
    "  File \"<string>\", line 2, in inner\n" \
    "IndexError: list index out of range\n" \
    "ValueError: second\n" \
    "Exception ignored in: 'ctx'\n" \
    "ValueError: unraisable\n"

static const struct test_case cases[] = {
    { "refcount_identity", case_refcount_identity, BOTH, EXPECT_OK, "" },
    { "run_string", case_run_string, BOTH, EXPECT_OK, "" },
    { "compile_eval", case_compile_eval, BOTH, EXPECT_OK, "" },
    { "errors", case_errors, BOTH, EXPECT_OK, "" },
    { "err_print", case_err_print, BOTH, EXPECT_OK, ERR_PRINT_TEXT },
    { "err_print_system_exit", case_err_print_system_exit, BOTH, EXPECT_EXIT7, "" },
    { "long_float", case_long_float, BOTH, EXPECT_OK, "" },
    { "unicode_bytes", case_unicode_bytes, BOTH, EXPECT_OK, "" },
    { "tuple_list", case_tuple_list, BOTH, EXPECT_OK, "" },
    { "dict", case_dict, BOTH, EXPECT_OK, "" },
    { "object_protocol", case_object_protocol, BOTH, EXPECT_OK, "" },
    { "modules", case_modules, BOTH, EXPECT_OK, "" },
    { "host_module", case_host_module, BOTH, EXPECT_OK, "" },
    { "build_parse", case_build_parse, BOTH, EXPECT_OK, "" },
    { "capsule", case_capsule, BOTH, EXPECT_OK, "" },
    { "stolen_then_used", case_stolen_then_used, BOTH, EXPECT_OK, "" },
    { "more_api", case_more_api, BOTH, EXPECT_OK, "" },
    { "format_messages", case_format_messages, BOTH, EXPECT_OK, "" },
    { "unraisable_and_finalize", case_unraisable_and_finalize, BOTH, EXPECT_OK,
      "RuntimeError: unraisable one\n"
      "Exception ignored on threading shutdown:\n"
      "ValueError: left pending\n" },
    { "borrowed_slots_flat", case_borrowed_slots_flat, BOTH, EXPECT_OK, "" },
    { "bad_arguments", case_bad_arguments, SUBPY_ONLY, EXPECT_OK, "" },
    { "objects_per_interpreter", case_objects_per_interpreter, BOTH, EXPECT_OK, "" },
    { "host_code_in_threads", case_host_code_in_threads, BOTH, EXPECT_OK, "" },
#ifdef SUBPY
    { "host_code_in_interpreters", case_host_code_in_interpreters, SUBPY_ONLY, EXPECT_OK, "" },
#endif
    { "misuse_object_of_ended_interpreter", misuse_object_of_ended_interpreter, SUBPY_ONLY, EXPECT_ABORT,
      "Fatal Python error: " },
    { "misuse_unfilled_tuple", misuse_unfilled_tuple, SUBPY_ONLY, EXPECT_ABORT, "Fatal Python error: " },
    { "misuse_object_of_other_interpreter", misuse_object_of_other_interpreter, SUBPY_ONLY, EXPECT_ABORT,
      "Fatal Python error: PyObject_Call: object 0x" },
};
#define NUM_CASES ((int)(sizeof cases / sizeof cases[0]))

static int runs_here(const struct test_case *c)
{
#ifdef SUBPY
    (void)c;
    return 1;
#else
    return c->where == BOTH;
#endif
}

/* Runs a case in a child (this binary with --run), collecting stderr. */
static int drive(const char *self, const struct test_case *c)
{
    int fds[2];
    if (pipe(fds) != 0) {
        perror("pipe");
        return 0;
    }
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 2);
        close(fds[0]);
        close(fds[1]);
        execl(self, self, "--run", c->name, (char *)NULL);
        _exit(127);
    }
    close(fds[1]);
    size_t cap = 1 << 16, len = 0;
    char *err = malloc(cap);
    ssize_t n;
    while ((n = read(fds[0], err + len, cap - len - 1)) > 0) {
        len += (size_t)n;
        if (len + 1 == cap) {
            cap *= 2;
            err = realloc(err, cap);
        }
    }
    err[len] = '\0';
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    int ok;
    switch (c->expect) {
    case EXPECT_OK:
        ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
        break;
    case EXPECT_EXIT7:
        ok = WIFEXITED(status) && WEXITSTATUS(status) == 7;
        break;
    default:
        ok = WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
        break;
    }
    if (ok && c->stderr_text != NULL) {
        ok = c->expect == EXPECT_ABORT ? strncmp(err, c->stderr_text, strlen(c->stderr_text)) == 0
                                       : strcmp(err, c->stderr_text) == 0;
    }
    printf("%s  %s\n", ok ? "ok  " : "FAIL", c->name);
    if (!ok) {
        printf("      wait status 0x%x; stderr:\n%s", status, err);
        if (c->stderr_text != NULL) {
            printf("      expected stderr%s:\n%s", c->expect == EXPECT_ABORT ? " to start with" : "", c->stderr_text);
        }
    }
    free(err);
    return ok;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--run") == 0) {
        for (int i = 0; i < NUM_CASES; i++) {
            if (strcmp(cases[i].name, argv[2]) == 0) {
                cases[i].run();
                fflush(stdout);
                return 0;
            }
        }
        fprintf(stderr, "no case %s\n", argv[2]);
        return 2;
    }
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (int i = 0; i < NUM_CASES; i++) {
            if (runs_here(&cases[i])) {
                printf("%s\n", cases[i].name);
            }
        }
        return 0;
    }
    int failed = 0, ran = 0;
    for (int i = 0; i < NUM_CASES; i++) {
        int wanted = argc == 1;
        for (int j = 1; j < argc; j++) {
            wanted |= strcmp(argv[j], cases[i].name) == 0;
        }
        if (!wanted || !runs_here(&cases[i])) {
            continue;
        }
        ran++;
        failed += !drive(argv[0], &cases[i]);
    }
    printf("%d cases, %d failed\n", ran, failed);
    return failed != 0;
}
