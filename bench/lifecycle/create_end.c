/* Interpreter create+end latency and memory per live idle interpreter.
 *
 * Built twice from this one source: against libsubpy.so and against
 * CPython 3.13's libpython, both with an OWN_GIL PyInterpreterConfig, so
 * `make bench` can print the two side by side and their ratios.
 *
 *   create_end [CYCLES [LIVE]]
 * prints one line:
 *   runtime=<name> cycles=N median_us=X p90_us=Y live=M rss_per_interp_kib=Z
 *
 * Each interpreter is made usable and used once: created (builtins,
 * __main__), then one trivial statement runs in it (PyRun_SimpleString),
 * as issue 5 asks the measurement to include.
 */
#define _GNU_SOURCE
#include <Python.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static long rss_kib(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    long size = 0, resident = 0;
    if (f == NULL || fscanf(f, "%ld %ld", &size, &resident) != 2) {
        fprintf(stderr, "cannot read /proc/self/statm\n");
        exit(1);
    }
    fclose(f);
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static PyThreadState *new_own_gil_interpreter(void)
{
    PyInterpreterConfig config = _PyInterpreterConfig_INIT; /* OWN_GIL */
    PyThreadState *ts = NULL;
    PyStatus status = Py_NewInterpreterFromConfig(&ts, &config);
    if (PyStatus_Exception(status)) {
        Py_ExitStatusException(status);
    }
    if (PyRun_SimpleString("x = 1") != 0) {
        fprintf(stderr, "create_end: the trivial exec failed\n");
        exit(1);
    }
    return ts;
}

int main(int argc, char **argv)
{
    int cycles = argc > 1 ? atoi(argv[1]) : 200;
    int live = argc > 2 ? atoi(argv[2]) : 100;
#ifdef SUBPY
    const char *runtime = "subpy";
#else
    const char *runtime = "cpython";
#endif
    Py_InitializeEx(0);
    PyThreadState *main_ts = PyThreadState_Get();

    /* Latency: create, end, back to main; a few warm-up rounds first. */
    for (int i = 0; i < 5; i++) {
        Py_EndInterpreter(new_own_gil_interpreter());
        PyThreadState_Swap(main_ts);
    }
    double *samples = malloc(sizeof *samples * (size_t)cycles);
    for (int i = 0; i < cycles; i++) {
        double start = now_us();
        PyThreadState *ts = new_own_gil_interpreter();
        Py_EndInterpreter(ts);
        PyThreadState_Swap(main_ts);
        samples[i] = now_us() - start;
    }
    qsort(samples, (size_t)cycles, sizeof *samples, compare_doubles);
    double median = samples[cycles / 2];
    double p90 = samples[cycles * 9 / 10];

    /* Memory: `live` idle interpreters alive at once. */
    PyThreadState **states = malloc(sizeof *states * (size_t)live);
    long before = rss_kib();
    for (int i = 0; i < live; i++) {
        states[i] = new_own_gil_interpreter();
        PyThreadState_Swap(main_ts);
    }
    long after = rss_kib();
    for (int i = 0; i < live; i++) {
        PyThreadState_Swap(states[i]);
        Py_EndInterpreter(states[i]);
    }
    PyThreadState_Swap(main_ts);
    if (Py_FinalizeEx() != 0) {
        return 120;
    }
    /* RSS moves in pages: report at least one page over all interpreters
     * so a ratio stays finite (and is then a lower bound). */
    double per_interp = (double)(after - before) / live;
    double floor_kib = (double)(sysconf(_SC_PAGESIZE) / 1024) / live;
    int at_floor = per_interp < floor_kib;
    if (at_floor) {
        per_interp = floor_kib;
    }
    printf("runtime=%s cycles=%d median_us=%.2f p90_us=%.2f live=%d rss_per_interp_kib=%.2f%s\n",
           runtime, cycles, median, p90, live, per_interp, at_floor ? " rss_below_resolution=1" : "");
    free(samples);
    free(states);
    return 0;
}
