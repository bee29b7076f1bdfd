/* subpy: module objects (the engine issue implements them). */
#ifndef Py_MODULEOBJECT_H
#define Py_MODULEOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyModule_Type;
PyAPI_FUNC(PyObject *) PyModule_GetDict(PyObject *);

#ifdef __cplusplus
}
#endif
#endif
