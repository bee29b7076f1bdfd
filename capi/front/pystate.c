/* Thread states: the current one of each OS thread, swapping, releasing and
 * re-taking the interpreter lock, PyGILState, and walking the registries.
 *
 * The current thread state lives here, in a C thread-local (a read costs a
 * few ns); the lock and the registries live in the engine. A thread holds at
 * most one interpreter's lock: whatever attaches a thread state first
 * detaches the current one, as CPython 3.12+ does.
 *
 * PyGILState rule (differs from CPython on purpose): each OS thread
 * remembers the thread state it last attached. PyGILState_Ensure on a
 * thread with no current thread state re-attaches that one if it belongs to
 * this OS thread and is still alive; otherwise it creates a thread state in
 * the interpreter the thread last ran in (if that interpreter still exists)
 * or else in the main interpreter. CPython always goes to the main
 * interpreter, which deadlocks hosts that run subinterpreters on their own
 * threads. */
#include "front.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

/* The runtime generation: Py_FinalizeEx bumps it. Each thread-local below
 * records the generation it was set in; one from an earlier generation
 * refers to a runtime that no longer exists (its thread states were freed,
 * its interpreter IDs are reused). */
static _Atomic uint64_t runtime_generation;

/* The thread state attached on this OS thread, or NULL, and the generation
 * it was attached in. */
static _Thread_local PyThreadState *current_tstate_raw;
static _Thread_local uint64_t current_generation;
/* The thread state this OS thread last attached (its handle: the state may
 * have been deleted since, so it is looked up in the engine before use),
 * its interpreter's ID (-1 when none) and the generation of both. */
static _Thread_local uint64_t remembered_handle;
static _Thread_local int64_t remembered_interp = -1;
static _Thread_local uint64_t remembered_generation;

void subpy_runtime_generation_bump(void)
{
    atomic_fetch_add(&runtime_generation, 1);
}

/* The current thread state, checked: a thread state this thread still had
 * attached when another thread finalized the runtime was freed with it. Py_FinalizeEx
 * refuses to run while other threads have attached thread states, so this
 * takes a race with it; it is a fatal error naming `func`, not a crash. */
static PyThreadState *current(const char *func)
{
    PyThreadState *t = current_tstate_raw;
    if (t != NULL && (current_generation != atomic_load_explicit(&runtime_generation,
                                                                 memory_order_relaxed) ||
                      t->live != SUBPY_STATE_LIVE)) {
        char msg[128];
        snprintf(msg, sizeof msg,
                 "thread state %p was freed (by Py_FinalizeEx or another thread) while attached on this thread",
                 (void *)t);
        current_tstate_raw = NULL;
        subpy_fatal(func, msg);
    }
    return t;
}
#define current_tstate current(__func__)

void subpy_check_tstate(const PyThreadState *t, const char *func)
{
    if (t != NULL && t->live != SUBPY_STATE_LIVE) {
        char msg[128];
        snprintf(msg, sizeof msg, "thread state %p was deleted or belongs to a finalized runtime",
                 (const void *)t);
        subpy_fatal(func, msg);
    }
}

void subpy_check_interp(const PyInterpreterState *interp, const char *func)
{
    if (interp != NULL && interp->live != SUBPY_STATE_LIVE) {
        char msg[128];
        snprintf(msg, sizeof msg, "interpreter %p was ended or belongs to a finalized runtime",
                 (const void *)interp);
        subpy_fatal(func, msg);
    }
}

PyThreadState *subpy_tstate_get(void)
{
    return current("PyThreadState_Get");
}

void subpy_tstate_set(PyThreadState *tstate)
{
    current_tstate_raw = tstate;
    current_generation = atomic_load(&runtime_generation);
}

void subpy_gilstate_remember(PyThreadState *tstate)
{
    remembered_handle = tstate->handle;
    remembered_interp = tstate->interp->id;
    remembered_generation = atomic_load(&runtime_generation);
}

/* Whether the remembered thread state and interpreter belong to the
 * current runtime (item 8: IDs restart after Py_FinalizeEx). */
static int remembered_valid(void)
{
    if (remembered_generation != atomic_load(&runtime_generation)) {
        remembered_handle = 0;
        remembered_interp = -1;
        return 0;
    }
    return 1;
}

void subpy_gilstate_forget(PyThreadState *tstate)
{
    if (remembered_handle == tstate->handle) {
        remembered_handle = 0;
    }
}

PyThreadState *subpy_tstate_require(const char *func)
{
    PyThreadState *t = current(func);
    if (t == NULL) {
        subpy_fatal(func, SUBPY_MSG_NO_TSTATE);
    }
    return t;
}

static uint64_t self_id(void)
{
    return (uint64_t)pthread_self();
}

/* Detaches the current thread state (releases its lock). */
static void detach_current(const subpy_engine_funcs *e)
{
    PyThreadState *t = current_tstate_raw; /* the caller checked it */
    subpy_tstate_set(NULL);
    t->attached = 0;
    e->thread_detach(t);
}

/* Attaches t on this thread, blocking for its interpreter's lock. */
static void attach(const subpy_engine_funcs *e, PyThreadState *t, const char *func)
{
    subpy_check_tstate(t, func);
    if (t->attached) {
        char msg[96];
        snprintf(msg, sizeof msg, "thread state %p is already attached", (void *)t);
        subpy_fatal(func, msg);
    }
    e->thread_attach(t);
    t->attached = 1;
    t->os_thread = self_id(); /* attaching binds t to this OS thread (item 7) */
    subpy_tstate_set(t);
    subpy_gilstate_remember(t);
}

/* The engine's thread_switched callback (engine_abi.h): the engine
 * attached or detached a thread state on this OS thread by itself (a thread
 * started from Python begins or ends; code runs in another interpreter and
 * comes back), so the current one here follows. */
static void thread_switched(PyThreadState *from, PyThreadState *to, int flags)
{
    if (from != NULL) {
        from->attached = 0;
        if (flags & SUBPY_SWITCH_FORGET) {
            subpy_gilstate_forget(from);
        }
        if ((flags & SUBPY_SWITCH_IF_CURRENT) && current_tstate_raw != from) {
            return;
        }
    }
    if (to != NULL) {
        to->attached = 1;
        to->os_thread = self_id();
        if (flags & SUBPY_SWITCH_REMEMBER) {
            subpy_gilstate_remember(to);
        }
    }
    subpy_tstate_set(to);
}

void subpy_pystate_fill_table(subpy_front_table *table)
{
    table->thread_switched = thread_switched;
}

PyThreadState *PyThreadState_Get(void)
{
    return subpy_tstate_require("PyThreadState_Get");
}

PyThreadState *PyThreadState_GetUnchecked(void)
{
    return current_tstate;
}

PyThreadState *PyThreadState_Swap(PyThreadState *newts)
{
    PyThreadState *old = current_tstate;
    if (old == newts) {
        return old;
    }
    const subpy_engine_funcs *e = subpy_engine("PyThreadState_Swap");
    if (old != NULL) {
        detach_current(e);
    }
    if (newts != NULL) {
        attach(e, newts, "PyThreadState_Swap");
    }
    return old;
}

PyThreadState *PyThreadState_New(PyInterpreterState *interp)
{
    if (interp == NULL) {
        subpy_fatal("PyThreadState_New", "NULL interpreter");
    }
    subpy_check_interp(interp, "PyThreadState_New");
    PyThreadState *t = subpy_engine("PyThreadState_New")->thread_new(interp, self_id());
    if (t == NULL) {
        subpy_fatal("PyThreadState_New", "the interpreter no longer exists");
    }
    if (!remembered_valid() || remembered_handle == 0) {
        subpy_gilstate_remember(t); /* as CPython binds a thread's first state */
    }
    return t;
}

static void clear_error(PyThreadState *t)
{
    free(t->curexc_msg);
    t->curexc_msg = NULL;
    t->curexc_type = NULL;
}

void PyThreadState_Clear(PyThreadState *tstate)
{
    subpy_check_tstate(tstate, "PyThreadState_Clear");
    clear_error(tstate);
    subpy_engine("PyThreadState_Clear")->thread_clear(tstate);
}

void PyThreadState_Delete(PyThreadState *tstate)
{
    if (tstate == NULL) {
        subpy_fatal("PyThreadState_Delete", "NULL tstate");
    }
    if (tstate == current_tstate) {
        char msg[64];
        snprintf(msg, sizeof msg, "tstate %p is still current", (void *)tstate);
        subpy_fatal("PyThreadState_Delete", msg);
    }
    subpy_check_tstate(tstate, "PyThreadState_Delete");
    const subpy_engine_funcs *e = subpy_engine("PyThreadState_Delete");
    subpy_gilstate_forget(tstate);
    e->thread_delete(tstate);
}

void PyThreadState_DeleteCurrent(void)
{
    PyThreadState *t = subpy_tstate_require("_PyThreadState_DeleteCurrent");
    const subpy_engine_funcs *e = subpy_engine("PyThreadState_DeleteCurrent");
    detach_current(e);
    subpy_gilstate_forget(t);
    e->thread_delete(t);
}

PyInterpreterState *PyThreadState_GetInterpreter(PyThreadState *tstate)
{
    subpy_check_tstate(tstate, "PyThreadState_GetInterpreter");
    return tstate == NULL ? NULL : tstate->interp;
}

uint64_t PyThreadState_GetID(PyThreadState *tstate)
{
    if (tstate == NULL) {
        subpy_fatal("PyThreadState_GetID", "NULL thread state");
    }
    subpy_check_tstate(tstate, "PyThreadState_GetID");
    return tstate->id;
}

PyThreadState *PyThreadState_Next(PyThreadState *tstate)
{
    subpy_check_tstate(tstate, "PyThreadState_Next");
    return subpy_engine("PyThreadState_Next")->thread_next(tstate);
}

PyThreadState *PyEval_SaveThread(void)
{
    PyThreadState *t = subpy_tstate_require("PyEval_SaveThread");
    detach_current(subpy_engine("PyEval_SaveThread"));
    return t;
}

static void restore(PyThreadState *tstate, const char *func)
{
    if (tstate == NULL) {
        subpy_fatal(func, SUBPY_MSG_NO_TSTATE);
    }
    if (current(func) != NULL) {
        subpy_fatal("_PyThreadState_Attach", "non-NULL old thread state");
    }
    attach(subpy_engine(func), tstate, func);
}

void PyEval_RestoreThread(PyThreadState *tstate)
{
    restore(tstate, "PyEval_RestoreThread");
}

void PyEval_AcquireThread(PyThreadState *tstate)
{
    restore(tstate, "PyEval_AcquireThread");
}

void PyEval_ReleaseThread(PyThreadState *tstate)
{
    if (tstate == NULL) {
        subpy_fatal("PyEval_ReleaseThread", "NULL thread state");
    }
    subpy_check_tstate(tstate, "PyEval_ReleaseThread");
    if (tstate != current_tstate) {
        subpy_fatal("PyEval_ReleaseThread", "wrong thread state");
    }
    detach_current(subpy_engine("PyEval_ReleaseThread"));
}

/* --- PyGILState --------------------------------------------------------- */

PyGILState_STATE PyGILState_Ensure(void)
{
    PyThreadState *cur = current_tstate;
    if (cur != NULL) {
        cur->gilstate_counter++;
        return PyGILState_LOCKED;
    }
    const subpy_engine_funcs *e = subpy_engine("PyGILState_Ensure");
    if (e->phase() != SUBPY_PHASE_INITIALIZED) {
        subpy_fatal("PyGILState_Ensure", "the runtime is not initialized");
    }
    remembered_valid();
    PyThreadState *t = remembered_handle != 0 ? e->thread_lookup(remembered_handle) : NULL;
    if (t != NULL && t->os_thread == self_id() && !t->attached) {
        attach(e, t, "PyGILState_Ensure");
        t->gilstate_counter++;
        return PyGILState_UNLOCKED;
    }
    PyInterpreterState *interp = remembered_interp >= 0 ? e->interp_lookup(remembered_interp) : NULL;
    if (interp == NULL) {
        interp = e->interp_main();
    }
    t = interp == NULL ? NULL : e->thread_new(interp, self_id());
    if (t == NULL) {
        subpy_fatal("PyGILState_Ensure", "failed to create a thread state");
    }
    /* Created here: the matching release (counter back to 0) deletes it. */
    t->gilstate_counter = 1;
    attach(e, t, "PyGILState_Ensure");
    return PyGILState_UNLOCKED;
}

void PyGILState_Release(PyGILState_STATE oldstate)
{
    PyThreadState *t = current_tstate;
    if (t == NULL) {
        /* CPython 3.13's two messages: this thread has a thread state of
         * its own (PyGILState's) but it is detached, or it has none. */
        PyThreadState *own = PyGILState_GetThisThreadState();
        if (own != NULL) {
            char msg[96];
            snprintf(msg, sizeof msg, "thread state %p must be current when releasing", (void *)own);
            subpy_fatal("PyGILState_Release", msg);
        }
        subpy_fatal("PyGILState_Release",
                    "auto-releasing thread-state, but no thread-state for this thread");
    }
    t->gilstate_counter--;
    if (t->gilstate_counter < 0) {
        subpy_fatal("PyGILState_Release", "more releases than ensures on this thread state");
    }
    if (t->gilstate_counter == 0) {
        PyThreadState_Clear(t);
        PyThreadState_DeleteCurrent();
    } else if (oldstate == PyGILState_UNLOCKED) {
        PyEval_SaveThread();
    }
}

PyThreadState *PyGILState_GetThisThreadState(void)
{
    const subpy_engine_funcs *e = subpy_engine_if_loaded();
    if (e == NULL || !remembered_valid() || remembered_handle == 0) {
        return NULL;
    }
    PyThreadState *t = e->thread_lookup(remembered_handle);
    return t != NULL && t->os_thread == self_id() ? t : NULL;
}

int PyGILState_Check(void)
{
    const subpy_engine_funcs *e = subpy_engine_if_loaded();
    if (e == NULL || e->phase() != SUBPY_PHASE_INITIALIZED) {
        return 1; /* as CPython answers before initialization */
    }
    return current_tstate != NULL;
}

/* --- interpreters -------------------------------------------------------- */

PyInterpreterState *PyInterpreterState_Get(void)
{
    return subpy_tstate_require("PyInterpreterState_Get")->interp;
}

int64_t PyInterpreterState_GetID(PyInterpreterState *interp)
{
    if (interp == NULL) {
        subpy_err_set(SUBPY_EXC(RuntimeError), "no interpreter provided");
        return -1;
    }
    subpy_check_interp(interp, "PyInterpreterState_GetID");
    return interp->id;
}

PyObject *PyInterpreterState_GetDict(PyInterpreterState *interp)
{
    (void)interp;
    return NULL; /* documented: NULL without an exception = no dict (yet) */
}

PyInterpreterState *PyInterpreterState_Main(void)
{
    const subpy_engine_funcs *e = subpy_engine_if_loaded();
    return e == NULL ? NULL : e->interp_main();
}

PyInterpreterState *PyInterpreterState_Head(void)
{
    const subpy_engine_funcs *e = subpy_engine_if_loaded();
    return e == NULL ? NULL : e->interp_head();
}

PyInterpreterState *PyInterpreterState_Next(PyInterpreterState *interp)
{
    const subpy_engine_funcs *e = subpy_engine_if_loaded();
    subpy_check_interp(interp, "PyInterpreterState_Next");
    return e == NULL || interp == NULL ? NULL : e->interp_next(interp);
}

PyThreadState *PyInterpreterState_ThreadHead(PyInterpreterState *interp)
{
    const subpy_engine_funcs *e = subpy_engine_if_loaded();
    subpy_check_interp(interp, "PyInterpreterState_ThreadHead");
    return e == NULL || interp == NULL ? NULL : e->thread_head(interp);
}
