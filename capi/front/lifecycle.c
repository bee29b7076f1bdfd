/* Initialization, finalization, subinterpreters, at-exit callbacks and the
 * version strings. Semantics: docs/capi-lifecycle.md. */
#include "front.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

_Static_assert(sizeof(subpy_interp_config) == sizeof(PyInterpreterConfig),
               "subpy_interp_config must mirror PyInterpreterConfig");
_Static_assert(offsetof(subpy_interp_config, gil) == offsetof(PyInterpreterConfig, gil),
               "subpy_interp_config must mirror PyInterpreterConfig");

#define STR_(x) #x
#define STR(x) STR_(x)
#ifndef SUBPY_VERSION
#error "build with -DSUBPY_VERSION=x.y.z"
#endif

/* Whence values (statestruct.Whence). */
enum { WHENCE_LEGACY_CAPI = 3, WHENCE_CAPI = 4 };

/* The PyStatus texts of the engine's status codes. */
static const struct {
    const char *func;
    const char *msg;
} status_texts[SUBPY_STATUS_COUNT] = {
#define STATUS_ENTRY(code, f, m) [code] = { f, m },
    SUBPY_STATUS_TABLE(STATUS_ENTRY)
#undef STATUS_ENTRY
};

static PyStatus status_from_code(int code)
{
    if (code == 0) {
        return PyStatus_Ok();
    }
    if (code < 0 || code >= SUBPY_STATUS_COUNT) {
        code = SUBPY_STATUS_COUNT - 1;
    }
    return (PyStatus){ ._type = _PyStatus_TYPE_ERROR, .func = status_texts[code].func,
                       .err_msg = status_texts[code].msg };
}

int subpy_front_status_text(int code, const char **func, const char **msg)
{
    if (code < 0 || code >= SUBPY_STATUS_COUNT) {
        return -1;
    }
    *func = status_texts[code].func;
    *msg = status_texts[code].msg;
    return 0;
}

/* The engine if it was ever loaded, fatal if it was loaded before fork(). */
static const subpy_engine_funcs *engine_if_started(const char *caller)
{
    int state = subpy_front_engine_state();
    if (state == SUBPY_ENGINE_NOT_LOADED || state == SUBPY_ENGINE_LOAD_FAILED) {
        return NULL;
    }
    return subpy_engine(caller);
}

int Py_IsInitialized(void)
{
    const subpy_engine_funcs *e = engine_if_started("Py_IsInitialized");
    return e != NULL && e->phase() == SUBPY_PHASE_INITIALIZED;
}

int Py_IsFinalizing(void)
{
    const subpy_engine_funcs *e = engine_if_started("Py_IsFinalizing");
    if (e == NULL) {
        return 0;
    }
    int phase = e->phase();
    return phase == SUBPY_PHASE_FINALIZING || phase == SUBPY_PHASE_FINALIZED;
}

/* --- Py_InitializeFromConfig -------------------------------------------- */

static void flush_pending_atexit(const subpy_engine_funcs *e);

static char *to_utf8(const wchar_t *w)
{
    if (w == NULL) {
        return NULL;
    }
    size_t n = wcslen(w);
    char *out = malloc(n * 4 + 1);
    if (out == NULL) {
        return NULL;
    }
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = (uint32_t)w[i];
        if (c < 0x80) {
            out[j++] = (char)c;
        } else if (c < 0x800) {
            out[j++] = (char)(0xC0 | (c >> 6));
            out[j++] = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out[j++] = (char)(0xE0 | (c >> 12));
            out[j++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[j++] = (char)(0x80 | (c & 0x3F));
        } else {
            out[j++] = (char)(0xF0 | (c >> 18));
            out[j++] = (char)(0x80 | ((c >> 12) & 0x3F));
            out[j++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[j++] = (char)(0x80 | (c & 0x3F));
        }
    }
    out[j] = '\0';
    return out;
}

static char **list_to_utf8(const PyWideStringList *list)
{
    char **out = calloc((size_t)list->length + 1, sizeof *out);
    for (Py_ssize_t i = 0; out != NULL && i < list->length; i++) {
        out[i] = to_utf8(list->items[i]);
    }
    return out;
}

static void free_list(char **list, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; list != NULL && i < n; i++) {
        free(list[i]);
    }
    free(list);
}

static void attach_new_main(PyThreadState *t)
{
    t->os_thread = (uint64_t)pthread_self();
    t->attached = 1;
    subpy_tstate_set(t);
    subpy_gilstate_remember(t);
}

static PyStatus initialize_read(const subpy_engine_funcs *e, const PyConfig *config);

/* As CPython: the runtime reads a copy of the config (PyConfig_Read: the
 * command line when parse_argv is 1, the environment), so a bad command
 * line gives PyConfig_Read's status (PyStatus_Exit(2) with the usage on
 * stderr) and nothing is initialized. */
PyStatus Py_InitializeFromConfig(const PyConfig *config)
{
    if (config == NULL) {
        return (PyStatus){ ._type = _PyStatus_TYPE_ERROR, .func = "Py_InitializeFromConfig",
                           .err_msg = "initialization config is NULL" };
    }
    const subpy_engine_funcs *e;
    const char *why;
    if (subpy_engine_try_load(&e, &why) != 0) {
        if (subpy_front_engine_state() == SUBPY_ENGINE_LOADED_BEFORE_FORK) {
            subpy_fatal("Py_InitializeFromConfig", why);
        }
        return (PyStatus){ ._type = _PyStatus_TYPE_ERROR, .func = "Py_InitializeFromConfig",
                           .err_msg = why };
    }
    if (e->phase() == SUBPY_PHASE_INITIALIZED) {
        return PyStatus_Ok();
    }
    PyConfig copy;
    PyStatus status = subpy_config_copy(&copy, config);
    if (PyStatus_Exception(status)) {
        return status;
    }
    status = PyConfig_Read(&copy);
    if (!PyStatus_Exception(status)) {
        status = initialize_read(e, &copy);
    }
    PyConfig_Clear(&copy);
    return status;
}

/* Initializes the runtime from a config PyConfig_Read has completed. */
static PyStatus initialize_read(const subpy_engine_funcs *e, const PyConfig *config)
{
    char *program_name = config->program_name != NULL ? to_utf8(config->program_name)
                                                      : subpy_legacy_program_name();
    /* The path configuration's part CPython does at initialization, not in
     * PyConfig_Read: PYTHONHOME when home is not set. */
    const char *env_home = config->use_environment > 0 ? getenv("PYTHONHOME") : NULL;
    char *home = config->home != NULL ? to_utf8(config->home) : subpy_legacy_home();
    if (home == NULL && env_home != NULL && env_home[0] != '\0') {
        home = strdup(env_home);
    }
    char *pythonpath = to_utf8(config->pythonpath_env);
    char **paths = list_to_utf8(&config->module_search_paths);
    char **argv = list_to_utf8(&config->argv);
    PyStatus status = PyStatus_Ok();
    if (paths == NULL || argv == NULL) {
        status = PyStatus_NoMemory();
    } else {
        subpy_init_config c = {
            .program_name = program_name,
            .home = home,
            .pythonpath_env = pythonpath,
            .module_search_paths = (const char *const *)paths,
            .n_module_search_paths = config->module_search_paths.length,
            .argv = (const char *const *)argv,
            .argc = config->argv.length,
            .module_search_paths_set = config->module_search_paths_set,
            .parse_argv = config->parse_argv,
            .isolated = config->isolated,
            .use_environment = config->use_environment,
            .site_import = config->site_import,
            .install_signal_handlers = config->install_signal_handlers,
            .buffered_stdio = config->buffered_stdio,
        };
        PyThreadState *main_tstate = NULL;
        if (!config->buffered_stdio && config->configure_c_stdio) {
            /* as CPython's config_init_stdio: C's standard streams too */
            setvbuf(stdin, NULL, _IONBF, BUFSIZ);
            setvbuf(stdout, NULL, _IONBF, BUFSIZ);
            setvbuf(stderr, NULL, _IONBF, BUFSIZ);
        }
        status = status_from_code(e->initialize(&c, &main_tstate));
        if (!PyStatus_Exception(status) && main_tstate != NULL) {
            attach_new_main(main_tstate);
            flush_pending_atexit(e);
            subpy_signals_initialized(config->install_signal_handlers);
        }
    }
    free(program_name);
    free(home);
    free(pythonpath);
    free_list(paths, config->module_search_paths.length);
    free_list(argv, config->argv.length);
    return status;
}

void Py_InitializeEx(int install_sigs)
{
    if (Py_IsInitialized()) {
        return;
    }
    PyConfig config;
    PyConfig_InitPythonConfig(&config);
    config.parse_argv = 0;
    config.configure_c_stdio = 0; /* CPython's compat config: C's stdio untouched */
    config.install_signal_handlers = install_sigs;
    PyStatus status = PyConfig_Read(&config);
    if (!PyStatus_Exception(status)) {
        status = Py_InitializeFromConfig(&config);
    }
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status)) {
        Py_ExitStatusException(status);
    }
}

void Py_Initialize(void)
{
    Py_InitializeEx(1);
}

/* --- finalization ------------------------------------------------------- */

#define MAX_ATEXIT 32

int Py_FinalizeEx(void)
{
    const subpy_engine_funcs *e = engine_if_started("Py_FinalizeEx");
    if (e == NULL || e->phase() != SUBPY_PHASE_INITIALIZED) {
        return 0;
    }
    uintptr_t callbacks[MAX_ATEXIT];
    PyThreadState *cur = subpy_tstate_get();
    if (cur != NULL && cur->attached && PyErr_Occurred() != NULL) {
        /* CPython 3.13 reports an exception still set here while it waits
         * for threads (wait_for_thread_shutdown) */
        PyObject *msg = PyUnicode_FromString("Exception ignored on threading shutdown");
        if (msg != NULL) {
            subpy_iop(__func__, SUBPY_IOP_WRITE_UNRAISABLE, NULL, msg, NULL, 1, NULL);
            Py_DECREF(msg);
        }
        PyErr_Clear();
    }
    if (cur != NULL) {
        cur->attached = 0;
        subpy_gilstate_forget(cur);
    }
    /* cur stays current while the engine finalizes: host code that
     * threading's shutdown calls (atexit callbacks registered with
     * threading, joined threads' last calls) runs with it. It is freed by
     * the engine, so it stops being current right after. */
    int n = e->finalize(cur, callbacks, MAX_ATEXIT);
    subpy_tstate_set(NULL);
    subpy_runtime_generation_bump();
    subpy_signals_finalized();
    for (int i = 0; i < n; i++) {
        ((void (*)(void))callbacks[i])();
    }
    return 0;
}

void Py_Finalize(void)
{
    (void)Py_FinalizeEx();
}

void Py_Exit(int status)
{
    if (Py_FinalizeEx() < 0 && status == 0) {
        status = 120;
    }
    exit(status);
}

/* Py_AtExit before initialization (or between a finalization and the next
 * initialization) must not load the engine: a prefork host that registers
 * callbacks, then forks and initializes in each child, would find the
 * engine loaded before fork(). Those callbacks wait here, in registration
 * order, and go to the engine when the runtime is next initialized. */
static struct {
    pthread_mutex_t mu;
    int n;
    void (*funcs[MAX_ATEXIT])(void);
} pending_atexit = { .mu = PTHREAD_MUTEX_INITIALIZER };

/* fork() while another thread holds the queue's lock must not leave it
 * locked in the child (prefork hosts register, fork, then initialize). */
static void pending_atexit_lock(void)
{
    pthread_mutex_lock(&pending_atexit.mu);
}

static void pending_atexit_unlock(void)
{
    pthread_mutex_unlock(&pending_atexit.mu);
}

__attribute__((constructor)) static void register_pending_atexit_fork(void)
{
    pthread_atfork(pending_atexit_lock, pending_atexit_unlock, pending_atexit_unlock);
}

/* Hands the queued callbacks to the initialized engine. */
static void flush_pending_atexit(const subpy_engine_funcs *e)
{
    pthread_mutex_lock(&pending_atexit.mu);
    for (int i = 0; i < pending_atexit.n; i++) {
        (void)e->atexit((uintptr_t)pending_atexit.funcs[i]);
    }
    pending_atexit.n = 0;
    pthread_mutex_unlock(&pending_atexit.mu);
}

int Py_AtExit(void (*func)(void))
{
    pthread_mutex_lock(&pending_atexit.mu);
    const subpy_engine_funcs *e = engine_if_started("Py_AtExit");
    int rc;
    if (e != NULL && e->phase() == SUBPY_PHASE_INITIALIZED) {
        rc = e->atexit((uintptr_t)func) == 0 ? 0 : -1;
    } else if (pending_atexit.n < MAX_ATEXIT) {
        pending_atexit.funcs[pending_atexit.n++] = func;
        rc = 0;
    } else {
        rc = -1;
    }
    pthread_mutex_unlock(&pending_atexit.mu);
    return rc;
}

/* --- subinterpreters ---------------------------------------------------- */

static PyStatus new_interpreter(PyThreadState **tstate_p, const PyInterpreterConfig *config,
                                int whence, const char *caller)
{
    /* As CPython 3.13: *tstate_p is left alone when the runtime is not
     * initialized, and set to NULL on any later failure. */
    const subpy_engine_funcs *e = engine_if_started(caller);
    if (e == NULL || e->phase() != SUBPY_PHASE_INITIALIZED) {
        return status_from_code(1); /* Py_Initialize must be called first */
    }
    *tstate_p = NULL;
    PyThreadState *cur = subpy_tstate_get();
    PyThreadState *t = NULL;
    subpy_interp_config c;
    memcpy(&c, config, sizeof c);
    PyStatus status = status_from_code(e->new_interpreter(cur, &c, whence, &t));
    if (PyStatus_Exception(status)) {
        return status;
    }
    /* The engine released the caller's lock and took the new one. */
    if (cur != NULL) {
        cur->attached = 0;
    }
    t->os_thread = (uint64_t)pthread_self();
    t->attached = 1;
    subpy_tstate_set(t);
    subpy_gilstate_remember(t);
    *tstate_p = t;
    return status;
}

PyStatus Py_NewInterpreterFromConfig(PyThreadState **tstate_p, const PyInterpreterConfig *config)
{
    return new_interpreter(tstate_p, config, WHENCE_CAPI, "Py_NewInterpreterFromConfig");
}

PyThreadState *Py_NewInterpreter(void)
{
    const PyInterpreterConfig legacy = _PyInterpreterConfig_LEGACY_INIT;
    PyThreadState *t;
    PyStatus status = new_interpreter(&t, &legacy, WHENCE_LEGACY_CAPI, "Py_NewInterpreter");
    if (PyStatus_Exception(status)) {
        Py_ExitStatusException(status);
    }
    return t;
}

void Py_EndInterpreter(PyThreadState *tstate)
{
    if (tstate == NULL) {
        subpy_fatal("Py_EndInterpreter", "NULL thread state");
    }
    subpy_check_tstate(tstate, "Py_EndInterpreter");
    if (tstate != subpy_tstate_get()) {
        subpy_fatal("Py_EndInterpreter", "thread is not current");
    }
    if (tstate->interp->id == 0) {
        subpy_fatal("Py_EndInterpreter", "cannot end the main interpreter (use Py_FinalizeEx)");
    }
    const subpy_engine_funcs *e = subpy_engine("Py_EndInterpreter");
    subpy_gilstate_forget(tstate);
    subpy_tstate_set(NULL);
    e->end_interpreter(tstate);
}

/* --- version ------------------------------------------------------------ */

const unsigned long Py_Version = PY_VERSION_HEX;

const char *Py_GetVersion(void)
{
    return PY_VERSION " (subpy " STR(SUBPY_VERSION) ", " __DATE__ ", " __TIME__ ") "
           "[GCC " __VERSION__ "]";
}

const char *Py_GetPlatform(void)
{
    return "linux";
}

const char *Py_GetCompiler(void)
{
    return "[GCC " __VERSION__ "]";
}

const char *Py_GetBuildInfo(void)
{
    return "subpy " STR(SUBPY_VERSION) ", " __DATE__ ", " __TIME__;
}

const char *Py_GetCopyright(void)
{
    return "Copyright (c) 2026 the subpy authors.\n"
           "Python is Copyright (c) 2001 Python Software Foundation.";
}
