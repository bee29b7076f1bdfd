/* Python.h as a drop-in: this file includes nothing but Python.h (and
 * pthread.h/time.h, which CPython's Python.h does not bring) and uses what
 * CPython 3.13's Python.h provides: the standard headers it includes
 * (assert.h, inttypes.h, limits.h, math.h, stdarg.h, stdio.h, stdlib.h,
 * string.h, errno.h, wchar.h, sys/types.h, unistd.h) and the feature-test
 * macros of its pyconfig.h (POSIX 2008, X/Open 7, GNU), which make
 * clock_gettime, pthread_barrier_t and strdup visible under -std=c11.
 * `make ctests` compiles it with -std=c11 -Werror against include/ and
 * against CPython 3.13's headers. */
#include <Python.h>
#include <pthread.h>
#include <time.h>

static int log_line(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vfprintf(stderr, fmt, ap);
    va_end(ap);
    return n;
}

int header_dropin_uses(void);
int header_dropin_uses(void)
{
    assert(INT_MAX > 0);
    int64_t x = 5;
    log_line("%" PRId64 " %f %d %d\n", x, HUGE_VAL, (int)getpid(), errno);
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    pthread_barrier_t barrier;
    (void)barrier;
    char *dup = strdup("x");
    wchar_t w[2] = L"x";
    ssize_t len = (ssize_t)wcslen(w);
    free(dup);
    return (int)len + (int)sizeof(off_t);
}
