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
 * raises KeyboardInterrupt.
 *
 * Reaching running Python code: when the handler is installed, a
 * non-blocking self-pipe is created and handed to the engine
 * (subpy_engine_signal_watch) with the address of the pending flag and the
 * main thread state. The handler (and PyErr_SetInterruptEx) sets the flag
 * and writes one byte to the pipe -- both async-signal-safe; an engine
 * goroutine blocked on the pipe takes the flag and stores KeyboardInterrupt
 * as the main thread state's pending asynchronous exception, which the VM
 * raises at its next safe point (docs/engine-design.md, section 7). The
 * VM's dispatch loop pays nothing for this. Finalization closes the write
 * end; the goroutine sees end-of-file and stops. */
#include "front.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <unistd.h>

/* The process's signal setup. `sigint_installed` and `main_thread` are
 * written by initialization and finalization (which the API serializes);
 * `sigint_pending` is written from the signal handler (lock-free atomic). */
static struct {
    _Atomic int sigint_installed;
    _Atomic int sigint_pending;
    _Atomic uint64_t main_thread;
    _Atomic int wakeup_fd; /* the self-pipe's write end, -1 when none */
} sigstate = { .wakeup_fd = -1 };

/* wake tells the engine's watcher that the pending flag was set. */
static void wake(void)
{
    int fd = atomic_load(&sigstate.wakeup_fd);
    if (fd >= 0) {
        int saved = errno;
        char byte = 1;
        ssize_t rc = write(fd, &byte, 1); /* a full pipe already wakes the watcher */
        (void)rc;
        errno = saved;
    }
}

/* watch creates the self-pipe and hands its read end to the engine. */
static void watch(void)
{
    int fds[2];
    const subpy_engine_funcs *e = subpy_engine_if_loaded();
    PyThreadState *t = subpy_tstate_get();
    if (e == NULL || t == NULL || pipe(fds) != 0) {
        return;
    }
    for (int i = 0; i < 2; i++) {
        fcntl(fds[i], F_SETFD, FD_CLOEXEC);
    }
    fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK);
    if (e->signal_watch(t, fds[0], (int *)&sigstate.sigint_pending) != 0) {
        close(fds[0]);
        close(fds[1]);
        return;
    }
    atomic_store(&sigstate.wakeup_fd, fds[1]);
}

_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "the SIGINT handler needs a lock-free atomic int");

static void sigint_handler(int signum)
{
    (void)signum;
    atomic_store(&sigstate.sigint_pending, 1);
    wake();
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
            watch();
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
    int fd = atomic_exchange(&sigstate.wakeup_fd, -1);
    if (fd >= 0) {
        close(fd); /* the engine's watcher sees end-of-file */
    }
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
        wake();
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
    /* The engine's watcher may have turned the flag into the thread's
     * pending KeyboardInterrupt already: take whichever is there (the
     * watcher's own exchange keeps it from being both). */
    const subpy_engine_funcs *e = subpy_engine_if_loaded();
    int tripped = atomic_exchange(&sigstate.sigint_pending, 0);
    if (e != NULL && atomic_load(&sigstate.wakeup_fd) >= 0) {
        tripped |= e->take_interrupt(t);
    }
    if (!tripped) {
        return 0;
    }
    subpy_err_set(SUBPY_EXC(KeyboardInterrupt), NULL);
    return -1;
}
