/* A static type with methods, members and getters, plus the caches such
 * modules accumulate: a freelist and an interned string. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

typedef struct {
    PyObject_HEAD
    double x, y;
    PyObject *label;
} PointObject;

#define FREELIST_MAX 16
static PointObject *freelist[FREELIST_MAX];   /* expect: freelist mutable pc=false */
static int numfree = 0;                        /* expect: numfree mutable pc=false */
static PyObject *str_label;                    /* expect: str_label mutable pc=false */

static void
point_dealloc(PointObject *self)
{
    Py_CLEAR(self->label);
    if (numfree < FREELIST_MAX) {
        freelist[numfree++] = self;
        return;
    }
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
point_norm(PointObject *self, PyObject *Py_UNUSED(ignored))
{
    return PyFloat_FromDouble(self->x * self->x + self->y * self->y);
}

static PyObject *
point_get_label(PointObject *self, void *closure)
{
    if (str_label == NULL) {
        str_label = PyUnicode_InternFromString("label");
    }
    return Py_NewRef(self->label ? self->label : str_label);
}

static PyMethodDef point_methods[] = {         /* expect: point_methods mutable pc=false */
    {"norm", (PyCFunction)point_norm, METH_NOARGS, NULL},
    {NULL},
};

static PyMemberDef point_members[] = {         /* expect: point_members mutable pc=false */
    {"x", T_DOUBLE, offsetof(PointObject, x), 0, NULL},
    {"y", T_DOUBLE, offsetof(PointObject, y), READONLY, NULL},
    {NULL},
};

static PyGetSetDef point_getset[] = {          /* expect: point_getset mutable pc=false */
    {"label", (getter)point_get_label, NULL, NULL, NULL},
    {NULL},
};

static PyTypeObject PointType = {              /* expect: PointType mutable pc=false */
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "statictype.Point",
    .tp_basicsize = sizeof(PointObject),
    .tp_dealloc = (destructor)point_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_methods = point_methods,
    .tp_members = point_members,
    .tp_getset = point_getset,
    .tp_new = PyType_GenericNew,
};

static struct PyModuleDef statictype_def = {   /* expect: statictype_def mutable pc=false */
    PyModuleDef_HEAD_INIT, "statictype", NULL, -1, NULL,
};

PyMODINIT_FUNC
PyInit_statictype(void)
{
    if (PyType_Ready(&PointType) < 0) {
        return NULL;
    }
    PyObject *m = PyModule_Create(&statictype_def);
    if (m != NULL && PyModule_AddObjectRef(m, "Point", (PyObject *)&PointType) < 0) {
        Py_CLEAR(m);
    }
    return m;
}
