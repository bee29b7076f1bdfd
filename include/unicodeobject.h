/* subpy: str objects (the engine issue implements them). */
#ifndef Py_UNICODEOBJECT_H
#define Py_UNICODEOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyUnicode_Type;
PyAPI_FUNC(PyObject *) PyUnicode_FromString(const char *);
PyAPI_FUNC(PyObject *) PyUnicode_FromStringAndSize(const char *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeFSDefault(const char *);
PyAPI_FUNC(const char *) PyUnicode_AsUTF8(PyObject *);
PyAPI_FUNC(const char *) PyUnicode_AsUTF8AndSize(PyObject *, Py_ssize_t *);

#ifdef __cplusplus
}
#endif
#endif
