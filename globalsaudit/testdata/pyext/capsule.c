/* A C API exported through a capsule, a lock, and a per-thread cache. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pythread.h>

static int api_add(int a, int b) { return a + b; }
static int api_mul(int a, int b) { return a * b; }

static void *api_table[] = {(void *)api_add, (void *)api_mul}; /* expect: api_table mutable pc=false */
static void *const api_const_table[] = {(void *)api_add};      /* expect: api_const_table immutable pc=false */
static PyThread_type_lock api_lock;                             /* expect: api_lock mutable pc=false */
static _Thread_local PyObject *tls_last;                        /* expect: tls_last thread-local pc=false */
static const char capsule_name[] = "capsule._C_API";            /* expect: capsule_name immutable pc=false */

static PyObject *
capsule_remember(PyObject *self, PyObject *arg)
{
    PyThread_acquire_lock(api_lock, WAIT_LOCK);
    Py_XSETREF(tls_last, Py_NewRef(arg));
    PyThread_release_lock(api_lock);
    return Py_NewRef(Py_None);
}

static PyMethodDef capsule_methods[] = {                        /* expect: capsule_methods mutable pc=false */
    {"remember", capsule_remember, METH_O, NULL},
    {NULL}
};

static struct PyModuleDef capsule_def = {                       /* expect: capsule_def mutable pc=false */
    PyModuleDef_HEAD_INIT, "capsule", NULL, -1, capsule_methods,
};

PyMODINIT_FUNC
PyInit_capsule(void)
{
    api_lock = PyThread_allocate_lock();
    PyObject *m = PyModule_Create(&capsule_def);
    if (m == NULL) {
        return NULL;
    }
    PyObject *c = PyCapsule_New(api_table, capsule_name, NULL);
    if (PyModule_AddObject(m, "_C_API", c) < 0) {
        Py_XDECREF(c);
        Py_DECREF(m);
        return NULL;
    }
    (void)api_const_table;
    return m;
}
