/* subpy: tuple objects (CPython's tupleobject.h). Items are reached
 * through functions (no ob_item array: the tuple lives in the engine). */
#ifndef Py_TUPLEOBJECT_H
#define Py_TUPLEOBJECT_H

#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyTuple_Type;
#define PyTuple_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_TUPLE_SUBCLASS)
#define PyTuple_CheckExact(op) Py_IS_TYPE((op), &PyTuple_Type)
PyAPI_FUNC(PyObject *) PyTuple_New(Py_ssize_t size);
PyAPI_FUNC(Py_ssize_t) PyTuple_Size(PyObject *);
PyAPI_FUNC(PyObject *) PyTuple_GetItem(PyObject *, Py_ssize_t);
PyAPI_FUNC(int) PyTuple_SetItem(PyObject *, Py_ssize_t, PyObject *);
PyAPI_FUNC(PyObject *) PyTuple_GetSlice(PyObject *, Py_ssize_t, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyTuple_Pack(Py_ssize_t, ...);
#define PyTuple_GET_SIZE(op) PyTuple_Size(_PyObject_CAST(op))
#define PyTuple_GET_ITEM(op, i) PyTuple_GetItem(_PyObject_CAST(op), (i))
#define PyTuple_SET_ITEM(op, i, v) ((void)PyTuple_SetItem(_PyObject_CAST(op), (i), _PyObject_CAST(v)))

#ifdef __cplusplus
}
#endif
#endif
