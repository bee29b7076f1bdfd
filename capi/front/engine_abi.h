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

#define SUBPY_ENGINE_ABI 6

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

/* --- objects (docs/capi-objects.md) ------------------------------------
 *
 * An object the engine hands to C is a header it allocates with calloc:
 * subpy_obj for ordinary objects, a front type object of type_size bytes
 * (with the handle at type_handle_offset) for types. The refcount is
 * changed by C inline; at zero the front's dealloc calls obj_release. The
 * handle indexes the interpreter's table (core/vm/handles.go). */
typedef struct subpy_obj {
    int64_t ob_refcnt;
    void *ob_type;
    uint64_t handle;
} subpy_obj;

/* The front's static objects, by the name the engine resolves them with:
 * singletons, builtin types, exception types. One index space for both
 * sides. */
#define SUBPY_STATICS(X) \
    X(None) X(True) X(False) X(NotImplemented) X(Ellipsis) \
    X(type) X(object) X(bool) X(int) X(float) X(complex) X(str) X(bytes) X(bytearray) \
    X(tuple) X(list) X(dict) X(set) X(frozenset) X(module) X(slice) X(range) \
    X(NoneType) X(NotImplementedType) X(ellipsis) X(builtin_function_or_method) X(PyCapsule) \
    X(BaseException) X(Exception) X(SystemExit) X(KeyboardInterrupt) X(GeneratorExit) \
    X(StopIteration) X(StopAsyncIteration) X(ArithmeticError) X(OverflowError) \
    X(ZeroDivisionError) X(FloatingPointError) X(AssertionError) X(LookupError) X(IndexError) \
    X(KeyError) X(AttributeError) X(EOFError) X(ImportError) X(ModuleNotFoundError) \
    X(MemoryError) X(NameError) X(UnboundLocalError) X(OSError) X(RuntimeError) \
    X(RecursionError) X(NotImplementedError) X(SyntaxError) X(IndentationError) X(SystemError) \
    X(TypeError) X(ValueError) X(UnicodeError) X(UnicodeDecodeError) X(UnicodeEncodeError) \
    X(BufferError) X(ReferenceError) X(BaseExceptionGroup) X(ExceptionGroup) \
    X(Warning) X(UserWarning) X(DeprecationWarning) X(RuntimeWarning)
enum {
#define SUBPY_STATIC_ENUM(name) SUBPY_STATIC_##name,
    SUBPY_STATICS(SUBPY_STATIC_ENUM)
#undef SUBPY_STATIC_ENUM
    SUBPY_STATIC_COUNT
};

/* tp_flags bits the engine sets on the type objects it creates (CPython's
 * values). */
#define SUBPY_TPFLAGS_HEAPTYPE (1UL << 9)
#define SUBPY_TPFLAGS_BASETYPE (1UL << 10)
#define SUBPY_TPFLAGS_LONG_SUBCLASS (1UL << 24)
#define SUBPY_TPFLAGS_LIST_SUBCLASS (1UL << 25)
#define SUBPY_TPFLAGS_TUPLE_SUBCLASS (1UL << 26)
#define SUBPY_TPFLAGS_BYTES_SUBCLASS (1UL << 27)
#define SUBPY_TPFLAGS_UNICODE_SUBCLASS (1UL << 28)
#define SUBPY_TPFLAGS_DICT_SUBCLASS (1UL << 29)
#define SUBPY_TPFLAGS_BASE_EXC_SUBCLASS (1UL << 30)
#define SUBPY_TPFLAGS_TYPE_SUBCLASS (1UL << 31)

/* What the front hands the engine when it loads it. */
typedef struct subpy_front_table {
    uint32_t abi;
    /* Prints "Fatal Python error: func: msg" and aborts. */
    void (*fatal)(const char *func, const char *msg);
    /* The static objects: canonical addresses and the front's own (they
     * differ when a host took copy relocations), SUBPY_STATIC_COUNT each. */
    void *const *statics;
    void *const *statics_own;
    /* The front's type object layout. */
    uint64_t type_size, type_handle_offset, type_flags_offset;
    /* Fills a type object the engine allocated (type_size bytes, zeroed):
     * its type, name (owned by the engine), flags, base and deallocator. */
    void (*init_type)(void *type, void *metatype, const char *name, uint64_t flags, void *base);
    /* Calls a C function (a PyMethodDef) with self, a tuple and a dict
     * (NULL: no keywords); new reference or NULL with an exception set. */
    void *(*call_cfunction)(void *def, void *self, void *args, void *kwargs);
    /* A host module of PyImport_AppendInittab: its init function's module
     * (new reference), NULL with an exception set, or NULL without one when
     * name is not in the inittab. */
    void *(*inittab_module)(const char *name);
    /* Keeps the calling OS thread's current thread state in step with the
     * engine when the engine itself changes it (statestruct.EmbedHooks: a
     * thread started from Python, running code in another interpreter and
     * back). `from` (NULL: none) is marked detached; then, unless
     * SUBPY_SWITCH_IF_CURRENT is set and `from` is not the current thread
     * state, `to` (NULL: none) becomes current, marked attached and bound
     * to this OS thread. Called by the engine on that OS thread only. */
    void (*thread_switched)(struct _ts *from, struct _ts *to, int flags);
} subpy_front_table;

/* thread_switched flags. */
#define SUBPY_SWITCH_REMEMBER 1   /* `to` becomes this thread's PyGILState thread state */
#define SUBPY_SWITCH_FORGET 2     /* `from` stops being it (if it was) */
#define SUBPY_SWITCH_IF_CURRENT 4 /* change the current one only if it is `from` */

/* subpy_engine_obj_new kinds. */
#define SUBPY_NEW_LONG 1        /* i */
#define SUBPY_NEW_ULONG 2       /* (uint64_t)i */
#define SUBPY_NEW_LONG_DOUBLE 3 /* int(d) */
#define SUBPY_NEW_FLOAT 4       /* d */
#define SUBPY_NEW_STR 5         /* n bytes of UTF-8 at s */
#define SUBPY_NEW_BYTES 6       /* n bytes at s (NULL: zeros) */
#define SUBPY_NEW_LONG_STR 7    /* int(s, base i) */
#define SUBPY_NEW_TUPLE 8       /* n items, NULL until set */
#define SUBPY_NEW_LIST 9        /* n items, NULL until set */
#define SUBPY_NEW_DICT 10
#define SUBPY_NEW_MODULE 11     /* named s */
#define SUBPY_NEW_FLOAT_STR 12  /* float(s) */
#define SUBPY_NEW_CFUNCTION 13  /* def p, self q (borrowed), module name s */
#define SUBPY_NEW_STR_LATIN1 15 /* n bytes, each a code point < 256 */
#define SUBPY_NEW_CAPSULE 16    /* pointer p, name s (kept as a pointer), destructor q */

/* subpy_engine_obj_op: operations that answer an object (a new reference,
 * or with SUBPY_OP_BORROW a borrowed one kept alive by a, or by the
 * interpreter when a is NULL) or NULL with an exception set. */
#define SUBPY_OP_BORROW 0x1000
enum {
    SUBPY_OP_STR = 1, SUBPY_OP_REPR, SUBPY_OP_ASCII, SUBPY_OP_GETATTR, SUBPY_OP_GETITEM,
    SUBPY_OP_CALL, SUBPY_OP_TYPE, SUBPY_OP_GETITER, SUBPY_OP_NEXT, SUBPY_OP_DIR, SUBPY_OP_FORMAT,
    SUBPY_OP_BINARY, /* i: the NB_* operator (BINARY_OP's argument) */
    SUBPY_OP_LONG, SUBPY_OP_FLOAT, SUBPY_OP_INDEX, SUBPY_OP_RICHCOMPARE, /* i: Py_LT... */
    SUBPY_OP_DICT_GETITEM, /* NULL without an exception when missing */
    SUBPY_OP_DICT_GETITEM_ERR, SUBPY_OP_DICT_KEYS, SUBPY_OP_DICT_VALUES, SUBPY_OP_DICT_ITEMS,
    SUBPY_OP_DICT_COPY, SUBPY_OP_DICT_NEXT_KEY, SUBPY_OP_DICT_NEXT_VALUE, /* entry i (position) */
    SUBPY_OP_TUPLE_GETITEM, SUBPY_OP_LIST_GETITEM, /* index i, IndexError as CPython */
    SUBPY_OP_TUPLE_SLICE, /* a[i:c-as-int] : b is unused, i low, the high bound in c's slot */
    SUBPY_OP_LIST_ASTUPLE, SUBPY_OP_SEQ_TUPLE, SUBPY_OP_SEQ_LIST, SUBPY_OP_CONCAT,
    SUBPY_OP_EVAL_CODE, /* a code, b globals, c locals */
    SUBPY_OP_MODULE_DICT, SUBPY_OP_IMPORT, /* a: a str name */
    SUBPY_OP_ADD_MODULE, /* a: a str name; borrowed from the interpreter */
    SUBPY_OP_MODULES, SUBPY_OP_BUILTINS, SUBPY_OP_GLOBALS, SUBPY_OP_LOCALS,
    SUBPY_OP_SYS_GET, /* a: a str name; NULL without an exception when missing */
    SUBPY_OP_EXC_TRACEBACK, SUBPY_OP_EXC_CAUSE, SUBPY_OP_EXC_CONTEXT, SUBPY_OP_EXC_ARGS,
    SUBPY_OP_MAPPING_KEYS, SUBPY_OP_MAPPING_VALUES, SUBPY_OP_MAPPING_ITEMS,
    SUBPY_OP_CALL_METHOD, /* a.b(*c) with c a tuple */
    SUBPY_OP_INPLACE, /* i: NB_* */
    SUBPY_OP_UNARY, /* i: 0 neg, 1 pos, 2 invert, 3 abs */
    SUBPY_OP_ERR_FETCH, /* the raised exception (cleared): new reference or NULL */
    SUBPY_OP_ERR_OCCURRED, /* the raised exception's type: borrowed */
    SUBPY_OP_SEQ_GETSLICE, /* a[i:c-as-int] */
    SUBPY_OP_SYS_SET, /* sys.<a> = b; NULL b deletes; answers None */
};

/* subpy_engine_obj_iop: operations that answer a number in *out; they
 * return 0, or -1 with an exception set. */
enum {
    SUBPY_IOP_ISTRUE = 1, SUBPY_IOP_LENGTH, SUBPY_IOP_HASH, SUBPY_IOP_SETATTR, /* c NULL: del */
    SUBPY_IOP_SETITEM, SUBPY_IOP_DELITEM, SUBPY_IOP_CONTAINS, SUBPY_IOP_COMPARE_BOOL, /* i: Py_LT.. */
    SUBPY_IOP_ISINSTANCE, SUBPY_IOP_ISSUBCLASS, SUBPY_IOP_HASATTR, SUBPY_IOP_CALLABLE,
    SUBPY_IOP_TUPLE_SETITEM, SUBPY_IOP_LIST_SETITEM, /* steal c on success */
    SUBPY_IOP_LIST_INSERT, SUBPY_IOP_LIST_APPEND,
    SUBPY_IOP_LIST_SORT, SUBPY_IOP_DICT_SETITEM, SUBPY_IOP_DICT_DELITEM, SUBPY_IOP_DICT_CONTAINS,
    SUBPY_IOP_DICT_CLEAR, SUBPY_IOP_DICT_UPDATE, SUBPY_IOP_DICT_NEXT, /* *out: next position or -1 */
    SUBPY_IOP_AS_LONGLONG, SUBPY_IOP_AS_ULONGLONG, SUBPY_IOP_AS_DOUBLE, /* *out: the bits */
    SUBPY_IOP_LONG_OVERFLOW, /* *out: -1, 0 or 1 (int64 overflow side); no exception */
    SUBPY_IOP_IS_SUBTYPE, SUBPY_IOP_EXC_MATCHES, /* given a, exc b (a type, or a tuple) */
    SUBPY_IOP_TYPE_FLAGS, SUBPY_IOP_SETATTR_MODULE_OBJ, SUBPY_IOP_AS_SSIZE, SUBPY_IOP_AS_SIZE_ULONG,
    SUBPY_IOP_LONG_AS_LONG_INDEX, /* int(a.__index__()) as int64 */
    SUBPY_IOP_UNICODE_COMPARE, SUBPY_IOP_ERR_SET, /* a type, b value (NULL: None) */
    SUBPY_IOP_ERR_SET_RAISED, /* a: an exception instance or NULL */
    SUBPY_IOP_ERR_PRINT, /* i: set sys.last_exc */
    SUBPY_IOP_WRITE_UNRAISABLE, /* b: the object (NULL) */
    SUBPY_IOP_ASCII_COMPARE, /* a str with the UTF-8 string passed as b (a char *) */
    SUBPY_IOP_DICT_MERGE, /* i: override */
    SUBPY_IOP_EXC_SET_TRACEBACK, SUBPY_IOP_EXC_SET_CAUSE, SUBPY_IOP_EXC_SET_CONTEXT,
    SUBPY_IOP_SEQ_INDEX, SUBPY_IOP_SEQ_COUNT,
    SUBPY_IOP_IS_TYPE, /* *out: 1 when a is a type */
    SUBPY_IOP_KEEP, /* a takes over one reference to c (a stealing call) */
    SUBPY_IOP_CAPSULE_GET, /* field i of capsule a (0 pointer, 1 name, 2 context, 3 destructor) in *out */
    SUBPY_IOP_CAPSULE_SET, /* field i of capsule a = the pointer passed as b */
};

/* subpy_engine_run kinds. */
#define SUBPY_RUNK_STRING 1  /* run in globals/locals; the result */
#define SUBPY_RUNK_COMPILE 2 /* a code object */
#define SUBPY_START_FILE 257 /* Py_file_input */
#define SUBPY_START_EVAL 258 /* Py_eval_input */
#define SUBPY_START_SINGLE 256 /* Py_single_input */

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
    int32_t buffered_stdio; /* 0: sys.stdout writes straight to fd 1 */
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
#define SUBPY_RUN_AS_PATH 8 /* subpy_engine_run_module: target is a directory or zip file whose __main__ runs */
#define SUBPY_RUN_INTERRUPTED 2 /* an uncaught KeyboardInterrupt was printed: a launcher dies by SIGINT, as CPython */

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
    X(int, run_source, (struct _ts *tstate, const char *src, int64_t len, const char *filename, int flags, int *exit_code)) \
    X(void, obj_release, (struct _ts *tstate, void *obj, uint64_t handle)) \
    X(void *, obj_new, (struct _ts *tstate, int kind, const char *s, int64_t n, int64_t i, double d, void *p, void *q)) \
    X(void *, obj_op, (struct _ts *tstate, int op, void *a, void *b, void *c, int64_t i)) \
    X(int, obj_iop, (struct _ts *tstate, int op, void *a, void *b, void *c, int64_t i, int64_t *out)) \
    X(const char *, obj_bytes, (struct _ts *tstate, void *obj, int64_t *size)) \
    X(void *, run, (struct _ts *tstate, int kind, const char *src, const char *filename, int start, void *globals, void *locals)) \
    X(int, run_module, (struct _ts *tstate, const char *target, int flags, int *exit_code)) \
    X(int, signal_watch, (struct _ts *tstate, int fd, int *pending)) \
    X(int, take_interrupt, (struct _ts *tstate))

#endif
