/* PyCapsule: a C pointer, a name, a context and a destructor kept by the
 * engine in a capsule object (capi/objects.go). The name is kept as the
 * caller's pointer, as CPython does. */
#include "front.h"

#include <string.h>

enum { FIELD_POINTER, FIELD_NAME, FIELD_CONTEXT, FIELD_DESTRUCTOR };

static void *get_field(PyObject *o, int field)
{
    int64_t v = 0;
    subpy_iop("PyCapsule_GetPointer", SUBPY_IOP_CAPSULE_GET, o, NULL, NULL, field, &v);
    return (void *)(intptr_t)v;
}

static int set_field(PyObject *o, int field, void *value)
{
    return subpy_iop("PyCapsule_SetPointer", SUBPY_IOP_CAPSULE_SET, o, value, NULL, field, NULL);
}

static int names_match(const char *a, const char *b)
{
    if (a == NULL || b == NULL) {
        return a == b;
    }
    return strcmp(a, b) == 0;
}

/* A live capsule (a capsule with a pointer), or a ValueError naming the
 * function. */
static int legal(PyObject *o, const char *func)
{
    if (o == NULL || !PyCapsule_CheckExact(o) || get_field(o, FIELD_POINTER) == NULL) {
        PyErr_Format(SUBPY_EXC(ValueError), "%s called with invalid PyCapsule object", func);
        return 0;
    }
    return 1;
}

PyObject *PyCapsule_New(void *pointer, const char *name, PyCapsule_Destructor destructor)
{
    if (pointer == NULL) {
        PyErr_SetString(SUBPY_EXC(ValueError), "PyCapsule_New called with null pointer");
        return NULL;
    }
    return subpy_new(__func__, SUBPY_NEW_CAPSULE, name, 0, 0, 0, pointer, (void *)destructor);
}

int PyCapsule_IsValid(PyObject *o, const char *name)
{
    return o != NULL && PyCapsule_CheckExact(o) && get_field(o, FIELD_POINTER) != NULL &&
           names_match(get_field(o, FIELD_NAME), name);
}

void *PyCapsule_GetPointer(PyObject *o, const char *name)
{
    if (!legal(o, __func__)) {
        return NULL;
    }
    if (!names_match(get_field(o, FIELD_NAME), name)) {
        PyErr_SetString(SUBPY_EXC(ValueError), "PyCapsule_GetPointer called with incorrect name");
        return NULL;
    }
    return get_field(o, FIELD_POINTER);
}

const char *PyCapsule_GetName(PyObject *o)
{
    return legal(o, __func__) ? get_field(o, FIELD_NAME) : NULL;
}

PyCapsule_Destructor PyCapsule_GetDestructor(PyObject *o)
{
    if (!legal(o, __func__)) {
        return NULL;
    }
    void *d = get_field(o, FIELD_DESTRUCTOR);
    PyCapsule_Destructor f;
    memcpy(&f, &d, sizeof f);
    return f;
}

void *PyCapsule_GetContext(PyObject *o)
{
    return legal(o, __func__) ? get_field(o, FIELD_CONTEXT) : NULL;
}

int PyCapsule_SetPointer(PyObject *o, void *pointer)
{
    if (pointer == NULL) {
        PyErr_SetString(SUBPY_EXC(ValueError), "PyCapsule_SetPointer called with null pointer");
        return -1;
    }
    return legal(o, __func__) ? set_field(o, FIELD_POINTER, pointer) : -1;
}

int PyCapsule_SetName(PyObject *o, const char *name)
{
    return legal(o, __func__) ? set_field(o, FIELD_NAME, (void *)name) : -1;
}

int PyCapsule_SetContext(PyObject *o, void *context)
{
    return legal(o, __func__) ? set_field(o, FIELD_CONTEXT, context) : -1;
}

int PyCapsule_SetDestructor(PyObject *o, PyCapsule_Destructor destructor)
{
    void *d;
    memcpy(&d, &destructor, sizeof d);
    return legal(o, __func__) ? set_field(o, FIELD_DESTRUCTOR, d) : -1;
}

/* "package.module.attr": imports the first component, follows the rest as
 * attributes (importing submodules on the way, as CPython's does), and
 * returns the pointer of the capsule found, whose name must be `name`. */
void *PyCapsule_Import(const char *name, int no_block)
{
    (void)no_block;
    char *path = strdup(name);
    if (path == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    PyObject *object = NULL;
    char *save = NULL;
    char prefix[1024] = "";
    for (char *part = strtok_r(path, ".", &save); part != NULL; part = strtok_r(NULL, ".", &save)) {
        if (prefix[0] != '\0') {
            strncat(prefix, ".", sizeof prefix - strlen(prefix) - 1);
        }
        strncat(prefix, part, sizeof prefix - strlen(prefix) - 1);
        PyObject *next = NULL;
        if (object == NULL) {
            next = PyImport_ImportModule(part);
        } else {
            next = PyObject_GetAttrString(object, part);
            if (next == NULL && PyErr_ExceptionMatches(SUBPY_EXC(AttributeError))) {
                /* a submodule not imported yet; else the AttributeError */
                PyObject *attr_error = PyErr_GetRaisedException();
                next = PyImport_ImportModule(prefix);
                if (next == NULL) {
                    PyErr_Clear();
                    PyErr_SetRaisedException(attr_error);
                } else {
                    Py_DECREF(attr_error);
                }
            }
        }
        Py_XDECREF(object);
        object = next;
        if (object == NULL) {
            free(path);
            return NULL;
        }
    }
    free(path);
    void *r = NULL;
    if (PyCapsule_IsValid(object, name)) {
        r = get_field(object, FIELD_POINTER);
    } else {
        PyErr_Format(SUBPY_EXC(AttributeError), "PyCapsule_Import \"%s\" is not valid", name);
    }
    Py_XDECREF(object);
    return r;
}
