/* subpy: str objects (CPython's unicodeobject.h). The engine keeps str as
 * UTF-8; PyUnicode_AsUTF8 hands out a buffer owned by the object. */
#ifndef Py_UNICODEOBJECT_H
#define Py_UNICODEOBJECT_H

#ifdef __cplusplus
extern "C" {
#endif

PyAPI_DATA(PyTypeObject) PyUnicode_Type;
#define PyUnicode_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_UNICODE_SUBCLASS)
#define PyUnicode_CheckExact(op) Py_IS_TYPE((op), &PyUnicode_Type)

PyAPI_FUNC(PyObject *) PyUnicode_FromString(const char *);
PyAPI_FUNC(PyObject *) PyUnicode_FromStringAndSize(const char *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyUnicode_FromFormat(const char *format, ...);
PyAPI_FUNC(PyObject *) PyUnicode_FromFormatV(const char *format, va_list vargs);
PyAPI_FUNC(PyObject *) PyUnicode_InternFromString(const char *);
PyAPI_FUNC(void) PyUnicode_InternInPlace(PyObject **);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeFSDefault(const char *);
PyAPI_FUNC(PyObject *) PyUnicode_FromWideChar(const wchar_t *w, Py_ssize_t size);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF8(const char *s, Py_ssize_t size, const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_AsUTF8String(PyObject *);
PyAPI_FUNC(const char *) PyUnicode_AsUTF8(PyObject *);
PyAPI_FUNC(const char *) PyUnicode_AsUTF8AndSize(PyObject *, Py_ssize_t *);
PyAPI_FUNC(Py_ssize_t) PyUnicode_GetLength(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_Concat(PyObject *left, PyObject *right);
PyAPI_FUNC(int) PyUnicode_Compare(PyObject *left, PyObject *right);
PyAPI_FUNC(int) PyUnicode_CompareWithASCIIString(PyObject *left, const char *right);
PyAPI_FUNC(int) PyUnicode_EqualToUTF8(PyObject *, const char *);

#ifdef __cplusplus
}
#endif
#endif
