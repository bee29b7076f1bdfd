/* A struct sequence result type and keyword parsing: the kwlist idioms. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyStructSequence_Field result_fields[] = {  /* expect: result_fields mutable pc=false */
    {"quotient", "the quotient"},
    {"remainder", "the remainder"},
    {NULL}
};

static PyStructSequence_Desc result_desc = {       /* expect: result_desc mutable pc=false */
    "structseq.result", NULL, result_fields, 2,
};

static PyTypeObject *ResultType;                   /* expect: ResultType mutable pc=false */

static PyObject *
structseq_divmod(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"a", "b", NULL};      /* expect: kwlist mutable pc=false func=structseq_divmod */
    long a, b;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "ll", kwlist, &a, &b)) {
        return NULL;
    }
    PyObject *r = PyStructSequence_New(ResultType);
    if (r == NULL) {
        return NULL;
    }
    PyStructSequence_SetItem(r, 0, PyLong_FromLong(a / b));
    PyStructSequence_SetItem(r, 1, PyLong_FromLong(a % b));
    return r;
}

static PyObject *
structseq_scale(PyObject *self, PyObject *args, PyObject *kwds)
{
    static const char *const keywords[] = {"x", "factor", NULL}; /* expect: keywords immutable pc=true func=structseq_scale */
    double x, factor = 2.0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "d|d", (char **)keywords, &x, &factor)) {
        return NULL;
    }
    return PyFloat_FromDouble(x * factor);
}

static PyMethodDef structseq_methods[] = {         /* expect: structseq_methods mutable pc=false */
    {"divmod", (PyCFunction)(void (*)(void))structseq_divmod, METH_VARARGS | METH_KEYWORDS, NULL},
    {"scale", (PyCFunction)(void (*)(void))structseq_scale, METH_VARARGS | METH_KEYWORDS, NULL},
    {NULL}
};

static struct PyModuleDef structseq_def = {        /* expect: structseq_def mutable pc=false */
    PyModuleDef_HEAD_INIT, "structseq", NULL, -1, structseq_methods,
};

PyMODINIT_FUNC
PyInit_structseq(void)
{
    ResultType = PyStructSequence_NewType(&result_desc);
    if (ResultType == NULL) {
        return NULL;
    }
    return PyModule_Create(&structseq_def);
}
