/* The buffer protocol over a static byte array. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static unsigned char storage[64];                   /* expect: storage mutable pc=false */
static Py_ssize_t shape[1] = {64};                  /* expect: shape mutable pc=false */
static const char item_format[] = "B";              /* expect: item_format immutable pc=false */

typedef struct {
    PyObject_HEAD
} BufObject;

static int
buf_getbuffer(PyObject *self, Py_buffer *view, int flags)
{
    view->buf = storage;
    view->obj = Py_NewRef(self);
    view->len = sizeof(storage);
    view->readonly = 0;
    view->itemsize = 1;
    view->format = (char *)item_format;
    view->ndim = 1;
    view->shape = shape;
    view->strides = NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    return 0;
}

static PyBufferProcs buf_as_buffer = {              /* expect: buf_as_buffer mutable pc=false */
    .bf_getbuffer = buf_getbuffer,
};

static PyType_Slot buf_slots[] = {                  /* expect: buf_slots mutable pc=false */
    {Py_bf_getbuffer, buf_getbuffer},
    {0, NULL},
};

static PyType_Spec buf_spec = {                     /* expect: buf_spec mutable pc=false */
    "buffer.Buf", sizeof(BufObject), 0, Py_TPFLAGS_DEFAULT, buf_slots,
};

static struct PyModuleDef buffer_def = {            /* expect: buffer_def mutable pc=false */
    PyModuleDef_HEAD_INIT, "buffer", NULL, -1, NULL,
};

PyMODINIT_FUNC
PyInit_buffer(void)
{
    (void)buf_as_buffer;
    PyObject *m = PyModule_Create(&buffer_def);
    if (m == NULL) {
        return NULL;
    }
    PyObject *t = PyType_FromSpec(&buf_spec);
    if (PyModule_AddObject(m, "Buf", t) < 0) {
        Py_XDECREF(t);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
