/* The private interface between the C front library (libsubpy.so) and the
 * Go engine library (libsubpy-engine.so, package capi).
 *
 * Both sides include this header. It declares no Py* name: the engine must
 * never reference one (inside a CPython process such names resolve to
 * libpython). The front allocates nothing described here; the engine
 * allocates and frees the two state structs with calloc/free, and the front
 * reads and writes the fields marked "front".
 *
 * Bump SUBPY_ENGINE_ABI on any change; the front refuses a mismatched engine.
 */
#ifndef SUBPY_ENGINE_ABI_H
#define SUBPY_ENGINE_ABI_H

#include <stdint.h>

#define SUBPY_ENGINE_ABI 3

/* The `live` field of both state structs holds this while the engine owns
 * the struct; the engine zeroes it just before freeing it. The front checks
 * it in every function that receives a thread state or interpreter from
 * the host, so a pointer kept past PyThreadState_Delete, Py_EndInterpreter
 * or Py_FinalizeEx is a fatal error naming the function (in the common
 * case: freed memory may have been reused since, which the engine's own
 * handle check catches where it is called). */
#define SUBPY_STATE_LIVE 0x73756270u /* "subp" */

/* PyInterpreterState. Written by the engine at creation, then read-only. */
struct _is {
    int64_t id;       /* PyInterpreterState_GetID; 0 = main */
    int32_t whence;   /* statestruct.Whence */
    int32_t own_lock; /* 1 if the interpreter has a lock of its own */
    uint32_t live;    /* engine: SUBPY_STATE_LIVE until freed */
};

/* PyThreadState. */
struct _ts {
    struct _is *interp;       /* engine, set at creation */
    uint64_t handle;          /* engine, runtime-wide key of the Go Thread */
    uint64_t id;              /* engine, PyThreadState_GetID */
    uint64_t os_thread;       /* front, pthread_self() of the creating thread */
    int32_t gilstate_counter; /* front, PyGILState_Ensure nesting */
    int32_t attached;         /* front mirror: holds the interpreter lock */
    /* front: the error indicator until the engine owns exceptions
     * (issue 5): an exception type object and a malloc'd message, both
     * released by the front (PyErr_Clear) or by the engine when it frees
     * the struct (free(curexc_msg)). */
    void *curexc_type;
    char *curexc_msg;
    uint32_t live; /* engine: SUBPY_STATE_LIVE until freed */
};

/* What the front hands the engine when it loads it. */
typedef struct subpy_front_table {
    uint32_t abi;
    /* Prints "Fatal Python error: func: msg" and aborts. */
    void (*fatal)(const char *func, const char *msg);
} subpy_front_table;

/* The PyConfig fields the engine keeps, decoded to UTF-8 by the front. */
typedef struct subpy_init_config {
    const char *program_name;
    const char *home;
    const char *pythonpath_env;
    const char *const *module_search_paths;
    int64_t n_module_search_paths;
    const char *const *argv;
    int64_t argc;
    int32_t module_search_paths_set;
    int32_t parse_argv;
    int32_t isolated;
    int32_t use_environment;
    int32_t site_import;
    int32_t install_signal_handlers;
} subpy_init_config;

/* Same layout as PyInterpreterConfig (checked by a static assertion in the
 * front). */
typedef struct subpy_interp_config {
    int use_main_obmalloc;
    int allow_fork;
    int allow_exec;
    int allow_threads;
    int allow_daemon_threads;
    int check_multi_interp_extensions;
    int gil;
} subpy_interp_config;

/* statestruct.StatusCode values, and the PyStatus texts of each (CPython
 * 3.13's wording where it has one). A capi test checks this table against
 * statestruct's. */
#define SUBPY_STATUS_TABLE(X) \
    X(0, NULL, NULL) \
    X(1, "new_interpreter", "Py_Initialize must be called first") \
    X(2, "init_interp_settings", "per-interpreter obmalloc does not support single-phase init extension modules") \
    X(3, "init_interp_settings", "invalid interpreter config 'gil' value") \
    X(4, "new_interpreter", "the runtime is finalizing") \
    X(5, NULL, "memory allocation failed") \
    X(6, "subpy", "internal error in the subpy engine")
#define SUBPY_STATUS_COUNT 7

/* Runtime phases (statestruct.Phase). */
#define SUBPY_PHASE_UNINITIALIZED 0
#define SUBPY_PHASE_INITIALIZED 1
#define SUBPY_PHASE_FINALIZING 2
#define SUBPY_PHASE_FINALIZED 3 /* until the next initialization */

/* subpy_engine_run_source: flags and results. */
#define SUBPY_RUN_SET_FILE 1 /* set __main__.__file__ (and __cached__) while running, as PyRun_SimpleFile */
#define SUBPY_RUN_LINECACHE 2 /* tracebacks show this source for the file name (python -c's "<string>") */
#define SUBPY_RUN_PATH0 4 /* put the script's directory ("" for "<string>"/"<stdin>") first on sys.path, as the launcher does */
#define SUBPY_RUN_DONE 0     /* the code ran to the end */
#define SUBPY_RUN_FAILED (-1) /* an uncaught exception or SyntaxError was printed to stderr */
#define SUBPY_RUN_EXIT 1     /* SystemExit: *exit_code is the status to exit with (a message, if any, is printed) */

/* The engine's entry points, resolved by the front with dlsym. */
#define SUBPY_ENGINE_FUNCS(X) \
    X(int, load, (const subpy_front_table *table)) \
    X(int, phase, (void)) \
    X(int, initialize, (const subpy_init_config *config, struct _ts **main_tstate)) \
    X(int, finalize, (struct _ts *current, uintptr_t *atexit_out, int atexit_cap)) \
    X(int, new_interpreter, (struct _ts *current, const subpy_interp_config *config, int whence, struct _ts **out)) \
    X(void, end_interpreter, (struct _ts *tstate)) \
    X(struct _ts *, thread_new, (struct _is *interp, uint64_t os_thread)) \
    X(void, thread_clear, (struct _ts *tstate)) \
    X(void, thread_delete, (struct _ts *tstate)) \
    X(void, thread_attach, (struct _ts *tstate)) \
    X(void, thread_detach, (struct _ts *tstate)) \
    X(struct _ts *, thread_lookup, (uint64_t handle)) \
    X(struct _is *, interp_main, (void)) \
    X(struct _is *, interp_lookup, (int64_t id)) \
    X(struct _is *, interp_head, (void)) \
    X(struct _is *, interp_next, (struct _is *interp)) \
    X(struct _ts *, thread_head, (struct _is *interp)) \
    X(struct _ts *, thread_next, (struct _ts *tstate)) \
    X(int, atexit, (uintptr_t func)) \
    X(int, run_source, (struct _ts *tstate, const char *src, int64_t len, const char *filename, int flags, int *exit_code))

#endif
