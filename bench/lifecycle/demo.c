/* `make demo`: a C host that starts several OWN_GIL interpreters on several
 * threads at once and reports what it did.
 *
 * Each worker thread creates its own interpreter (Py_NewInterpreterFromConfig
 * with PyInterpreterConfig_OWN_GIL), and all of them then wait at a barrier
 * while attached, i.e. while each holds its own interpreter's lock: that
 * only completes if the locks are independent. Each worker then releases
 * and re-takes its lock many times, tries to run code (the execution engine
 * is a later issue, so this reports the error it gets), and ends its
 * interpreter. The main thread also shows PyGILState from a host thread. */
#define _GNU_SOURCE
#include <Python.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

enum { WORKERS = 6, ROUNDS = 10000 };

struct report {
    int index;
    int64_t interp_id;
    uint64_t tstate_id;
    double create_us;
    double attached_us; /* how long the barrier took while attached */
    double round_ns;    /* one release + re-acquire of its own lock */
    int run_result;
    int ended;
};

static pthread_barrier_t all_attached;
static struct report reports[WORKERS];

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static void *worker(void *arg)
{
    struct report *r = arg;
    PyInterpreterConfig config = _PyInterpreterConfig_INIT;
    config.gil = PyInterpreterConfig_OWN_GIL;
    PyThreadState *ts = NULL;
    double start = now_us();
    PyStatus status = Py_NewInterpreterFromConfig(&ts, &config);
    r->create_us = now_us() - start;
    if (PyStatus_Exception(status)) {
        fprintf(stderr, "worker %d: %s\n", r->index, status.err_msg);
        return NULL;
    }
    r->interp_id = PyInterpreterState_GetID(PyInterpreterState_Get());
    r->tstate_id = PyThreadState_GetID(ts);

    start = now_us();
    pthread_barrier_wait(&all_attached); /* every interpreter's lock held at once */
    r->attached_us = now_us() - start;

    start = now_us();
    for (int i = 0; i < ROUNDS; i++) {
        Py_BEGIN_ALLOW_THREADS
        Py_END_ALLOW_THREADS
    }
    r->round_ns = (now_us() - start) * 1000.0 / ROUNDS;

    /* Each interpreter has its own __main__: the same name holds a
     * different value in each, computed in parallel. */
    char code[256];
    snprintf(code, sizeof code,
             "n = %d\n"
             "total = sum(i * i for i in range(200_000 + n))\n"
             "import sys\n"
             "print(f'thread {n}: sum of squares below {200_000 + n} = {total}"
             " ({sys.implementation.name} {sys.version_info.major}.{sys.version_info.minor})')\n",
             (int)r->index);
    r->run_result = PyRun_SimpleString(code);
    Py_EndInterpreter(ts);
    r->ended = PyThreadState_GetUnchecked() == NULL;
    return NULL;
}

int main(void)
{
    /* Python writes to fd 1 directly: keep the C lines in order with it. */
    setvbuf(stdout, NULL, _IOLBF, 0);
    printf("subpy lifecycle demo: %s\n", Py_GetVersion());
    Py_InitializeEx(0);
    PyThreadState *main_ts = PyEval_SaveThread();
    printf("main interpreter ready; starting %d threads, each with its own OWN_GIL interpreter\n",
           WORKERS);

    pthread_barrier_init(&all_attached, NULL, WORKERS);
    pthread_t threads[WORKERS];
    for (int i = 0; i < WORKERS; i++) {
        reports[i].index = i;
        pthread_create(&threads[i], NULL, worker, &reports[i]);
    }
    for (int i = 0; i < WORKERS; i++) {
        pthread_join(threads[i], NULL);
    }
    printf("\n%-7s %-12s %-9s %-11s %-19s %-17s %s\n", "thread", "interpreter", "tstate",
           "create", "all attached after", "release+acquire", "ended");
    int ok = 1;
    for (int i = 0; i < WORKERS; i++) {
        struct report *r = &reports[i];
        printf("%-7d %-12lld %-9llu %8.1f us %16.1f us %14.0f ns %s\n", r->index,
               (long long)r->interp_id, (unsigned long long)r->tstate_id, r->create_us,
               r->attached_us, r->round_ns, r->ended ? "yes" : "NO");
        ok &= r->ended && r->interp_id > 0;
    }
    printf("\nall %d interpreters held their own lock at the same time (the barrier passed)\n",
           WORKERS);
    int runs_ok = 1;
    for (int i = 0; i < WORKERS; i++)
        runs_ok &= reports[i].run_result == 0;
    ok &= runs_ok;
    printf("Python code ran in every interpreter (PyRun_SimpleString returned 0 in each): %s\n",
           runs_ok ? "yes" : "NO");

    /* A host thread with no thread state uses PyGILState to call in. */
    PyGILState_STATE g = PyGILState_Ensure();
    printf("PyGILState_Ensure on the main thread: interpreter %lld, PyGILState_Check()=%d\n",
           (long long)PyInterpreterState_GetID(PyInterpreterState_Get()), PyGILState_Check());
    PyGILState_Release(g);

    PyEval_RestoreThread(main_ts);
    int live = 0;
    for (PyInterpreterState *in = PyInterpreterState_Head(); in != NULL; in = PyInterpreterState_Next(in)) {
        live++;
    }
    printf("interpreters alive before finalization: %d (main only)\n", live);
    int rc = Py_FinalizeEx();
    printf("Py_FinalizeEx() = %d; Py_IsInitialized() = %d\n", rc, Py_IsInitialized());
    return ok && rc == 0 && live == 1 ? 0 : 1;
}
