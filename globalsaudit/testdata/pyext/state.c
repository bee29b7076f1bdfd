/* A multi-phase-init module keeping its state in the module object: the
 * isolated way. What remains static is the definition tables. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    PyObject *cache;
    long hits;
} state_t;

static inline state_t *
get_state(PyObject *module)
{
    return (state_t *)PyModule_GetState(module);
}

static PyObject *
state_hit(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    state_t *st = get_state(module);
    st->hits++;
    return PyLong_FromLong(st->hits);
}

static int
state_exec(PyObject *module)
{
    state_t *st = get_state(module);
    st->cache = PyDict_New();
    return st->cache == NULL ? -1 : 0;
}

static int
state_traverse(PyObject *module, visitproc visit, void *arg)
{
    Py_VISIT(get_state(module)->cache);
    return 0;
}

static int
state_clear(PyObject *module)
{
    Py_CLEAR(get_state(module)->cache);
    return 0;
}

static void
state_free(void *module)
{
    state_clear((PyObject *)module);
}

static PyMethodDef state_methods[] = {         /* expect: state_methods mutable pc=false */
    {"hit", state_hit, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyModuleDef_Slot state_slots[] = {      /* expect: state_slots mutable pc=false */
    {Py_mod_exec, state_exec},
    {0, NULL},
};

static struct PyModuleDef state_def = {        /* expect: state_def mutable pc=false */
    .m_base = PyModuleDef_HEAD_INIT,
    .m_name = "state",
    .m_size = sizeof(state_t),
    .m_methods = state_methods,
    .m_slots = state_slots,
    .m_traverse = state_traverse,
    .m_clear = state_clear,
    .m_free = state_free,
};

PyMODINIT_FUNC
PyInit_state(void)
{
    return PyModuleDef_Init(&state_def);
}
