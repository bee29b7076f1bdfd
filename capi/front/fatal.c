/* Fatal errors, worded as CPython 3.13 words them:
 *     Fatal Python error: <function>: <reason>
 *     Python runtime state: <state>
 * then abort(). Written with write(2): stdio may be what is broken. */
#include "front.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void write_str(const char *s)
{
    size_t left = strlen(s);
    while (left > 0) {
        ssize_t n = write(STDERR_FILENO, s, left);
        if (n <= 0) {
            return;
        }
        s += n;
        left -= (size_t)n;
    }
}

static void fatal_message(const char *func, const char *msg)
{
    fflush(stderr);
    write_str("Fatal Python error: ");
    if (func != NULL && func[0] != '\0') {
        write_str(func);
        write_str(": ");
    }
    write_str(msg != NULL ? msg : "<message not set>");
    write_str("\nPython runtime state: ");
    const subpy_engine_funcs *e = subpy_engine_if_loaded();
    int phase = e != NULL ? e->phase() : SUBPY_PHASE_UNINITIALIZED;
    if (phase == SUBPY_PHASE_INITIALIZED) {
        write_str("initialized\n\n");
    } else if (phase == SUBPY_PHASE_FINALIZING || phase == SUBPY_PHASE_FINALIZED) {
        char buf[64];
        snprintf(buf, sizeof buf, "finalizing (tstate=%p)\n\n", (void *)subpy_tstate_get());
        write_str(buf);
    } else {
        write_str("unknown\n\n");
    }
}

void subpy_fatal(const char *func, const char *msg)
{
    fatal_message(func, msg);
    abort();
}

void _Py_FatalErrorFunc(const char *func, const char *message)
{
    subpy_fatal(func, message);
}

/* The function behind the Py_FatalError macro, for callers that bypass the
 * macro (ctypes): CPython names no function then. */
#undef Py_FatalError
void Py_FatalError(const char *message)
{
    subpy_fatal(NULL, message);
}

void Py_ExitStatusException(PyStatus status)
{
    if (status._type == _PyStatus_TYPE_EXIT) {
        exit(status.exitcode);
    }
    if (status._type == _PyStatus_TYPE_ERROR) {
        /* CPython prints the fatal message but exits with status 1. */
        fatal_message(status.func, status.err_msg);
        exit(1);
    }
    /* CPython 3.13's words, without a function name. */
    subpy_fatal(NULL, "Py_ExitStatusException() must not be called on success");
}
