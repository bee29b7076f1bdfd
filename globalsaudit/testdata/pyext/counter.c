/* A legacy single-phase extension module: its state lives in C globals,
 * which is exactly what per-interpreter isolation cannot allow. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *CounterError;             /* expect: CounterError mutable pc=false */
static long call_count = 0;                /* expect: call_count mutable pc=false */
static const long max_count = 1000000;     /* expect: max_count immutable pc=false */

static PyObject *
counter_bump(PyObject *self, PyObject *args)
{
    long n = 1;
    if (!PyArg_ParseTuple(args, "|l", &n)) {
        return NULL;
    }
    if (call_count + n > max_count) {
        PyErr_SetString(CounterError, "counter overflow");
        return NULL;
    }
    call_count += n;
    return PyLong_FromLong(call_count);
}

static PyObject *
counter_reset(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    static int resets;                     /* expect: resets mutable pc=false func=counter_reset */
    resets++;
    call_count = 0;
    return PyLong_FromLong(resets);
}

PyDoc_STRVAR(counter_doc, "A process-wide counter.");  /* expect: counter_doc immutable pc=false */

static PyMethodDef counter_methods[] = {   /* expect: counter_methods mutable pc=false */
    {"bump", counter_bump, METH_VARARGS, "Add to the counter."},
    {"reset", counter_reset, METH_NOARGS, "Reset the counter."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef countermodule = { /* expect: countermodule mutable pc=false */
    PyModuleDef_HEAD_INIT, "counter", counter_doc, -1, counter_methods,
};

PyMODINIT_FUNC
PyInit_counter(void)
{
    PyObject *m = PyModule_Create(&countermodule);
    if (m == NULL) {
        return NULL;
    }
    CounterError = PyErr_NewException("counter.error", NULL, NULL);
    Py_XINCREF(CounterError);
    if (PyModule_AddObject(m, "error", CounterError) < 0) {
        Py_XDECREF(CounterError);
        Py_CLEAR(CounterError);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
