/* subpy: running source text and files.
 *
 * All of these need the engine (issue 5). Until it exists they fail the way
 * CPython reports a failure: the PyObject* ones set an exception and return
 * NULL, the int ones print the error and return -1.
 */
#ifndef Py_PYTHONRUN_H
#define Py_PYTHONRUN_H
#include <stdio.h>
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(int) PyRun_SimpleString(const char *s);
PyAPI_FUNC(int) PyRun_SimpleStringFlags(const char *, PyCompilerFlags *);
PyAPI_FUNC(PyObject *) PyRun_String(const char *str, int start, PyObject *globals, PyObject *locals);
PyAPI_FUNC(PyObject *) PyRun_StringFlags(const char *, int, PyObject *, PyObject *, PyCompilerFlags *);
PyAPI_FUNC(int) PyRun_SimpleFile(FILE *fp, const char *filename);
PyAPI_FUNC(int) PyRun_SimpleFileEx(FILE *fp, const char *filename, int closeit);
PyAPI_FUNC(int) PyRun_SimpleFileExFlags(FILE *fp, const char *filename, int closeit, PyCompilerFlags *flags);
PyAPI_FUNC(PyObject *) Py_CompileString(const char *str, const char *filename, int start);
PyAPI_FUNC(PyObject *) Py_CompileStringFlags(const char *str, const char *filename, int start, PyCompilerFlags *flags);
PyAPI_FUNC(PyObject *) Py_CompileStringExFlags(const char *str, const char *filename, int start, PyCompilerFlags *flags, int optimize);
PyAPI_FUNC(void) PyErr_Print(void);
PyAPI_FUNC(void) PyErr_PrintEx(int set_sys_last_vars);

PyAPI_FUNC(PyObject *) PyRun_File(FILE *fp, const char *filename, int start, PyObject *globals, PyObject *locals);
PyAPI_FUNC(PyObject *) PyRun_FileEx(FILE *fp, const char *filename, int start, PyObject *globals, PyObject *locals, int closeit);
PyAPI_FUNC(PyObject *) PyRun_FileFlags(FILE *fp, const char *filename, int start, PyObject *globals, PyObject *locals, PyCompilerFlags *flags);
PyAPI_FUNC(PyObject *) PyRun_FileExFlags(FILE *fp, const char *filename, int start, PyObject *globals, PyObject *locals, int closeit, PyCompilerFlags *flags);
PyAPI_FUNC(int) PyRun_AnyFile(FILE *fp, const char *filename);
PyAPI_FUNC(int) PyRun_AnyFileEx(FILE *fp, const char *filename, int closeit);
PyAPI_FUNC(int) PyRun_AnyFileFlags(FILE *fp, const char *filename, PyCompilerFlags *flags);
PyAPI_FUNC(int) PyRun_AnyFileExFlags(FILE *fp, const char *filename, int closeit, PyCompilerFlags *flags);
PyAPI_FUNC(int) PyOS_snprintf(char *str, size_t size, const char *format, ...);
PyAPI_FUNC(int) PyOS_vsnprintf(char *str, size_t size, const char *format, va_list va);

#ifdef __cplusplus
}
#endif
#endif
