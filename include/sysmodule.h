/* subpy: the sys module's C API that embedding hosts use. */
#ifndef Py_SYSMODULE_H
#define Py_SYSMODULE_H
#ifdef __cplusplus
extern "C" {
#endif

/* Deprecated in CPython 3.11 (use PyConfig.argv). They set sys.argv, which
 * needs the execution engine: until it exists they set NotImplementedError
 * in the calling thread state. */
Py_DEPRECATED(3.11) PyAPI_FUNC(void) PySys_SetArgv(int argc, wchar_t **argv);
Py_DEPRECATED(3.11) PyAPI_FUNC(void) PySys_SetArgvEx(int argc, wchar_t **argv, int updatepath);

#ifdef __cplusplus
}
#endif
#endif
