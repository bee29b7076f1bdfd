/* subpy: the two bool singletons. */
#ifndef Py_BOOLOBJECT_H
#define Py_BOOLOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyBool_Type;
PyAPI_DATA(PyObject) _Py_FalseStruct;
PyAPI_DATA(PyObject) _Py_TrueStruct;
#define Py_False (&_Py_FalseStruct)
#define Py_True (&_Py_TrueStruct)
#define Py_IsTrue(x) Py_Is((x), Py_True)
#define Py_IsFalse(x) Py_Is((x), Py_False)
#define Py_RETURN_TRUE return Py_True
#define Py_RETURN_FALSE return Py_False
#define PyBool_Check(x) Py_Is(Py_TYPE(x), &PyBool_Type)

/* Needs the engine only for nothing: answers with a singleton. */
PyAPI_FUNC(PyObject *) PyBool_FromLong(long);

#ifdef __cplusplus
}
#endif
#endif
