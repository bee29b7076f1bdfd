/* subpy: building values and parsing arguments, host modules (CPython's
 * modsupport.h and moduleobject.h's PyModuleDef). */
#ifndef Py_MODSUPPORT_H
#define Py_MODSUPPORT_H

#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(PyObject *) Py_BuildValue(const char *, ...);
PyAPI_FUNC(PyObject *) Py_VaBuildValue(const char *, va_list);
PyAPI_FUNC(int) PyArg_ParseTuple(PyObject *, const char *, ...);
PyAPI_FUNC(int) PyArg_ParseTupleAndKeywords(PyObject *, PyObject *, const char *, char *const *, ...);
PyAPI_FUNC(int) PyArg_VaParse(PyObject *, const char *, va_list);
PyAPI_FUNC(int) PyArg_UnpackTuple(PyObject *, const char *, Py_ssize_t, Py_ssize_t, ...);

PyAPI_FUNC(int) PyModule_AddObjectRef(PyObject *mod, const char *name, PyObject *value);
PyAPI_FUNC(int) PyModule_Add(PyObject *mod, const char *name, PyObject *value);
PyAPI_FUNC(int) PyModule_AddObject(PyObject *mod, const char *name, PyObject *value);
PyAPI_FUNC(int) PyModule_AddIntConstant(PyObject *, const char *, long);
PyAPI_FUNC(int) PyModule_AddStringConstant(PyObject *, const char *, const char *);
#define PyModule_AddIntMacro(m, c) PyModule_AddIntConstant((m), #c, c)
#define PyModule_AddStringMacro(m, c) PyModule_AddStringConstant((m), #c, c)
PyAPI_FUNC(int) PyModule_AddFunctions(PyObject *, PyMethodDef *);

#define PYTHON_API_VERSION 1013
#define PYTHON_ABI_VERSION 3
PyAPI_FUNC(PyObject *) PyModule_Create2(struct PyModuleDef *, int apiver);
#define PyModule_Create(module) PyModule_Create2((module), PYTHON_API_VERSION)

#ifdef __cplusplus
}
#endif
#endif
