/* subpy: the sys module (CPython's sysmodule.h). */
#ifndef Py_SYSMODULE_H
#define Py_SYSMODULE_H

#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(PyObject *) PySys_GetObject(const char *);
PyAPI_FUNC(int) PySys_SetObject(const char *, PyObject *);
PyAPI_FUNC(void) PySys_WriteStdout(const char *format, ...);
PyAPI_FUNC(void) PySys_WriteStderr(const char *format, ...);
PyAPI_FUNC(void) PySys_FormatStdout(const char *format, ...);
PyAPI_FUNC(void) PySys_FormatStderr(const char *format, ...);
Py_DEPRECATED(3.11) PyAPI_FUNC(void) PySys_SetArgv(int argc, wchar_t **argv);
Py_DEPRECATED(3.11) PyAPI_FUNC(void) PySys_SetArgvEx(int argc, wchar_t **argv, int updatepath);

#ifdef __cplusplus
}
#endif
#endif
