/* subpy: configured initialization and the interpreter config. */
#ifndef Py_CPYTHON_PYLIFECYCLE_H
#define Py_CPYTHON_PYLIFECYCLE_H
#ifdef __cplusplus
extern "C" {
#endif

/* Pre-initialization (allocator, locale, UTF-8 mode): subpy has one
 * allocator and decodes with the locale, so these only check their
 * arguments and return PyStatus_Ok(). */
PyAPI_FUNC(PyStatus) Py_PreInitialize(const PyPreConfig *src_config);
PyAPI_FUNC(PyStatus) Py_PreInitializeFromBytesArgs(const PyPreConfig *src_config,
                                                   Py_ssize_t argc, char **argv);
PyAPI_FUNC(PyStatus) Py_PreInitializeFromArgs(const PyPreConfig *src_config,
                                              Py_ssize_t argc, wchar_t **argv);

PyAPI_FUNC(PyStatus) Py_InitializeFromConfig(const PyConfig *config);
PyAPI_FUNC(int) Py_RunMain(void);
PyAPI_FUNC(void) _Py_NO_RETURN Py_ExitStatusException(PyStatus err);

#define PyInterpreterConfig_DEFAULT_GIL (0)
#define PyInterpreterConfig_SHARED_GIL (1)
#define PyInterpreterConfig_OWN_GIL (2)

/* CPython 3.13's exact layout. What each field does in subpy is in
 * docs/capi-lifecycle.md. */
typedef struct {
    int use_main_obmalloc;
    int allow_fork;
    int allow_exec;
    int allow_threads;
    int allow_daemon_threads;
    int check_multi_interp_extensions;
    int gil;
} PyInterpreterConfig;

#define _PyInterpreterConfig_INIT \
    { \
        .use_main_obmalloc = 0, \
        .allow_fork = 0, \
        .allow_exec = 0, \
        .allow_threads = 1, \
        .allow_daemon_threads = 0, \
        .check_multi_interp_extensions = 1, \
        .gil = PyInterpreterConfig_OWN_GIL, \
    }

#define _PyInterpreterConfig_LEGACY_INIT \
    { \
        .use_main_obmalloc = 1, \
        .allow_fork = 1, \
        .allow_exec = 1, \
        .allow_threads = 1, \
        .allow_daemon_threads = 1, \
        .check_multi_interp_extensions = 0, \
        .gil = PyInterpreterConfig_SHARED_GIL, \
    }

PyAPI_FUNC(PyStatus) Py_NewInterpreterFromConfig(PyThreadState **tstate_p,
                                                 const PyInterpreterConfig *config);

#ifdef __cplusplus
}
#endif
#endif
