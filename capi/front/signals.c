/* Python's signal handling at the C API edge, as CPython 3.13 sets it up.
 *
 * Py_InitializeEx(1) / PyConfig.install_signal_handlers=1:
 *   - SIGPIPE and SIGXFSZ are ignored (a write to a closed pipe or past the
 *     file size limit fails with EPIPE / EFBIG instead of killing the
 *     process); they stay ignored after Py_FinalizeEx, as in CPython;
 *   - SIGINT, if its disposition is SIG_DFL, gets a handler that records a
 *     pending KeyboardInterrupt; a host that ignores SIGINT or handles it
 *     itself keeps its disposition. Py_FinalizeEx puts SIG_DFL back.
 * Py_InitializeEx(0) changes nothing. (The Go engine installs a SIGPIPE
 * handler when it loads; for signals raised on host threads it forwards to
 * the disposition the host had, so an ignored SIGPIPE stays ignored and a
 * default one still kills the process, as with CPython.)
 *
 * The pending flag is the runtime's record of a tripped SIGINT: the handler
 * and PyErr_SetInterrupt(Ex) set it; PyErr_CheckSignals, on the main thread
 * of the main interpreter (where CPython handles signals), clears it and
 * raises KeyboardInterrupt. The execution engine will poll the same flag. */
#include "front.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>

/* The process's signal setup. `sigint_installed` and `main_thread` are
 * written by initialization and finalization (which the API serializes);
 * `sigint_pending` is written from the signal handler (lock-free atomic). */
static struct {
    _Atomic int sigint_installed;
    _Atomic int sigint_pending;
    _Atomic uint64_t main_thread;
} sigstate;

_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "the SIGINT handler needs a lock-free atomic int");

static void sigint_handler(int signum)
{
    (void)signum;
    atomic_store(&sigstate.sigint_pending, 1);
}

void subpy_signals_initialized(int install)
{
    atomic_store(&sigstate.main_thread, (uint64_t)pthread_self());
    if (!install) {
        return;
    }
    struct sigaction ign = { .sa_handler = SIG_IGN };
    sigemptyset(&ign.sa_mask);
    sigaction(SIGPIPE, &ign, NULL);
    sigaction(SIGXFSZ, &ign, NULL);
    struct sigaction cur;
    if (sigaction(SIGINT, NULL, &cur) == 0 && !(cur.sa_flags & SA_SIGINFO) &&
        cur.sa_handler == SIG_DFL) {
        struct sigaction act = { .sa_handler = sigint_handler, .sa_flags = SA_ONSTACK };
        sigemptyset(&act.sa_mask);
        if (sigaction(SIGINT, &act, NULL) == 0) {
            atomic_store(&sigstate.sigint_installed, 1);
        }
    }
}

void subpy_signals_finalized(void)
{
    struct sigaction cur;
    if (atomic_exchange(&sigstate.sigint_installed, 0) && sigaction(SIGINT, NULL, &cur) == 0 &&
        !(cur.sa_flags & SA_SIGINFO) && cur.sa_handler == sigint_handler) {
        /* Ours still (the host did not replace it since): back to SIG_DFL. */
        struct sigaction dfl = { .sa_handler = SIG_DFL };
        sigemptyset(&dfl.sa_mask);
        sigaction(SIGINT, &dfl, NULL);
    }
    atomic_store(&sigstate.sigint_pending, 0);
}

int PyErr_SetInterruptEx(int signum)
{
    if (signum < 1 || signum >= NSIG) {
        return -1;
    }
    /* As CPython: a signal Python does not handle (SIG_DFL, SIG_IGN, or the
     * host's own handler) is ignored. Python handles SIGINT only. */
    if (signum == SIGINT && atomic_load(&sigstate.sigint_installed)) {
        atomic_store(&sigstate.sigint_pending, 1);
    }
    return 0;
}

void PyErr_SetInterrupt(void)
{
    (void)PyErr_SetInterruptEx(SIGINT);
}

int PyErr_CheckSignals(void)
{
    PyThreadState *t = subpy_tstate_require("PyErr_CheckSignals");
    if (t->interp->id != 0 || (uint64_t)pthread_self() != atomic_load(&sigstate.main_thread)) {
        return 0; /* only the main thread of the main interpreter handles signals */
    }
    if (!atomic_exchange(&sigstate.sigint_pending, 0)) {
        return 0;
    }
    subpy_err_set(SUBPY_EXC(KeyboardInterrupt), NULL);
    return -1;
}
