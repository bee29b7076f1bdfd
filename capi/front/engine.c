/* Loading the engine library, and fork().
 *
 * A Go c-shared library starts the Go runtime when it is loaded, and a
 * child forked after that cannot run Go code (its first call hangs). So the
 * front loads libsubpy-engine.so only on the first call that needs it, from
 * the directory libsubpy.so itself was loaded from (dladdr) unless
 * SUBPY_ENGINE names another file, and a pthread_atfork child handler marks
 * a child whose parent had loaded it: in that child every call that needs
 * the engine is a fatal error that says why, never a hang.
 */
#include "front.h"

#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    ENGINE_NOT_LOADED = SUBPY_ENGINE_NOT_LOADED,
    ENGINE_LOADED = SUBPY_ENGINE_LOADED,
    ENGINE_LOADED_BEFORE_FORK = SUBPY_ENGINE_LOADED_BEFORE_FORK,
    ENGINE_LOAD_FAILED = SUBPY_ENGINE_LOAD_FAILED,
};

#define FORKED_CHILD_MESSAGE \
    "the subpy engine was loaded before fork(); initialize in the child"

/* The one record of the loaded engine in this process: the dlopen handle,
 * the table of entry points and the state above. `mu` serializes loading;
 * `state` is read without it on every engine call. */
static struct {
    pthread_mutex_t mu;
    _Atomic int state;
    void *handle;
    subpy_engine_funcs funcs;
    char error[PATH_MAX + 128]; /* why loading failed, for the fatal message */
} engine = { .mu = PTHREAD_MUTEX_INITIALIZER };

static void fatal_trampoline(const char *func, const char *msg)
{
    subpy_fatal(func, msg);
}

/* What the engine receives at load: filled once under engine.mu before
 * the engine is loaded, read-only afterwards (the engine keeps the
 * pointer). */
static subpy_front_table front_table;

static void after_fork_child(void)
{
    pthread_mutex_init(&engine.mu, NULL);
    if (atomic_load(&engine.state) == ENGINE_LOADED) {
        atomic_store(&engine.state, ENGINE_LOADED_BEFORE_FORK);
    }
}

__attribute__((constructor)) static void register_fork_handler(void)
{
    pthread_atfork(NULL, NULL, after_fork_child);
}

/* Finds libsubpy-engine.so next to this library. */
static int engine_path(char *out, size_t cap)
{
    const char *override = getenv("SUBPY_ENGINE");
    if (override != NULL && override[0] != '\0') {
        return snprintf(out, cap, "%s", override) < (int)cap ? 0 : -1;
    }
    Dl_info info;
    if (dladdr((void *)&engine_path, &info) == 0 || info.dli_fname == NULL) {
        return -1;
    }
    /* The directory of the file itself: libsubpy.so may be reached through
     * a symlink in another directory (an installed libsubpy.so.1 link, a
     * host's vendored copy). */
    char real[PATH_MAX];
    const char *name = realpath(info.dli_fname, real) != NULL ? real : info.dli_fname;
    const char *slash = strrchr(name, '/');
    int dirlen = slash == NULL ? 0 : (int)(slash - name) + 1;
    int n = snprintf(out, cap, "%.*slibsubpy-engine.so", dirlen, name);
    return n < (int)cap ? 0 : -1;
}

static int load_locked(void)
{
    char path[PATH_MAX];
    if (engine_path(path, sizeof path) != 0) {
        snprintf(engine.error, sizeof engine.error,
                 "cannot locate libsubpy-engine.so (set SUBPY_ENGINE)");
        return -1;
    }
    void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        snprintf(engine.error, sizeof engine.error, "cannot load the subpy engine: %s", dlerror());
        return -1;
    }
    subpy_engine_funcs funcs;
#define SUBPY_RESOLVE(ret, name, args) \
    *(void **)&funcs.name = dlsym(handle, "subpy_engine_" #name); \
    if (funcs.name == NULL) { \
        snprintf(engine.error, sizeof engine.error, \
                 "%s: missing subpy_engine_" #name, path); \
        return -1; \
    }
    SUBPY_ENGINE_FUNCS(SUBPY_RESOLVE)
#undef SUBPY_RESOLVE
    front_table.abi = SUBPY_ENGINE_ABI;
    front_table.fatal = fatal_trampoline;
    subpy_objects_fill_table(&front_table);
    subpy_modsupport_fill_table(&front_table);
    subpy_pystate_fill_table(&front_table);
    if (funcs.load(&front_table) != SUBPY_ENGINE_ABI) {
        snprintf(engine.error, sizeof engine.error,
                 "%s: engine ABI differs from the front's (%d)", path, SUBPY_ENGINE_ABI);
        return -1;
    }
    engine.handle = handle;
    engine.funcs = funcs;
    return 0;
}

int subpy_engine_try_load(const subpy_engine_funcs **out, const char **why)
{
    int state = atomic_load_explicit(&engine.state, memory_order_acquire);
    if (state == ENGINE_NOT_LOADED) {
        pthread_mutex_lock(&engine.mu);
        state = atomic_load(&engine.state);
        if (state == ENGINE_NOT_LOADED) {
            state = load_locked() == 0 ? ENGINE_LOADED : ENGINE_LOAD_FAILED;
            atomic_store_explicit(&engine.state, state, memory_order_release);
        }
        pthread_mutex_unlock(&engine.mu);
    }
    switch (state) {
    case ENGINE_LOADED:
        *out = &engine.funcs;
        return 0;
    case ENGINE_LOADED_BEFORE_FORK:
        *why = FORKED_CHILD_MESSAGE;
        return -1;
    default:
        *why = engine.error;
        return -1;
    }
}

const subpy_engine_funcs *subpy_engine(const char *caller)
{
    if (atomic_load_explicit(&engine.state, memory_order_acquire) == ENGINE_LOADED) {
        return &engine.funcs;
    }
    const subpy_engine_funcs *funcs;
    const char *why;
    if (subpy_engine_try_load(&funcs, &why) != 0) {
        subpy_fatal(caller, why);
    }
    return funcs;
}

const subpy_engine_funcs *subpy_engine_if_loaded(void)
{
    if (atomic_load_explicit(&engine.state, memory_order_acquire) == ENGINE_LOADED) {
        return &engine.funcs;
    }
    return NULL;
}

int subpy_front_engine_state(void)
{
    return atomic_load(&engine.state);
}
