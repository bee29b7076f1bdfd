/* The embedding test host: one binary, a table of named cases.
 *
 *   embed_cases            run every case, each in a child process, and
 *                          check its exit status and the first line of its
 *                          stderr; exit 1 if any case fails
 *   embed_cases CASE...    run those cases the same way
 *   embed_cases --run CASE run one case in this process (what the driver
 *                          executes in the child)
 *   embed_cases --list     list the cases
 *
 * The same source is built twice: against build/libsubpy.so and against
 * CPython 3.13's libpython. The CPython build runs only the cases marked
 * ORACLE, which proves that their expectations (statuses, messages, exit
 * codes, struct layouts, defaults) are CPython 3.13's. Cases marked SUBPY
 * test what only subpy has (the engine library and fork, and the documented
 * differences: PyGILState's subinterpreter rule, Py_EndInterpreter clearing
 * idle thread states, fatal errors where CPython crashes). */
#define _GNU_SOURCE
#include <Python.h>

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifdef SUBPY
PyAPI_FUNC(int) subpy_front_engine_state(void);
#endif

#define CHECK(cond) \
    do { \
        if (!(cond)) { \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            exit(1); \
        } \
    } while (0)

#define NO_TSTATE_MSG \
    "the function must be called with the GIL held, after Python initialization and " \
    "before Python finalization, but the GIL is released (the current Python thread " \
    "state is NULL)"

static PyInterpreterConfig own_gil_config(void)
{
    PyInterpreterConfig c = _PyInterpreterConfig_INIT;
    return c;
}

/* --- lifecycle ----------------------------------------------------------- */

static void case_init_finalize_reinit(void)
{
    CHECK(!Py_IsInitialized());
    CHECK(PyThreadState_GetUnchecked() == NULL);
    for (int round = 0; round < 3; round++) {
        Py_Initialize();
        CHECK(Py_IsInitialized());
        CHECK(!Py_IsFinalizing());
        PyThreadState *main_ts = PyThreadState_Get();
        CHECK(PyThreadState_GetUnchecked() == main_ts);
        CHECK(PyInterpreterState_GetID(PyInterpreterState_Get()) == 0);
        CHECK(PyInterpreterState_Main() == PyInterpreterState_Get());
        CHECK(PyGILState_Check());
        Py_Initialize(); /* a second call does nothing */
        CHECK(PyThreadState_Get() == main_ts);
        /* Subinterpreter IDs restart after each re-initialization. */
        PyThreadState *sub = Py_NewInterpreter();
        CHECK(sub != NULL && PyInterpreterState_GetID(PyThreadState_GetInterpreter(sub)) == 1);
        Py_EndInterpreter(sub);
        PyThreadState_Swap(main_ts);
        CHECK(Py_FinalizeEx() == 0);
        CHECK(!Py_IsInitialized());
        CHECK(Py_IsFinalizing()); /* until the next initialization */
        CHECK(PyThreadState_GetUnchecked() == NULL);
    }
    CHECK(Py_FinalizeEx() == 0); /* not initialized: nothing to do */
    CHECK(strncmp(Py_GetVersion(), "3.13.0 ", 7) == 0);
    CHECK(Py_Version == 0x030D00F0);
}

static void case_finalize_from_subinterpreter(void)
{
    Py_Initialize();
    PyThreadState *sub = Py_NewInterpreter();
    CHECK(PyThreadState_Get() == sub);
    CHECK(Py_FinalizeEx() == 0);
    CHECK(!Py_IsInitialized());
    Py_Initialize();
    CHECK(PyInterpreterState_GetID(PyInterpreterState_Get()) == 0);
    Py_Finalize();
}

/* Each callback records its number, negated if the runtime did not look
 * finalized (not initialized, finalizing) when it ran. */
static int atexit_order[4];
static int atexit_calls;
static void atexit_record(int n)
{
    atexit_order[atexit_calls++] = !Py_IsInitialized() && Py_IsFinalizing() ? n : -n;
}
static void atexit_first(void) { atexit_record(1); }
static void atexit_second(void) { atexit_record(2); }

static void case_atexit(void)
{
    Py_Initialize();
    CHECK(Py_AtExit(atexit_first) == 0);
    CHECK(Py_AtExit(atexit_second) == 0);
    CHECK(atexit_calls == 0);
    CHECK(Py_FinalizeEx() == 0);
    CHECK(atexit_calls == 2 && atexit_order[0] == 2 && atexit_order[1] == 1);
}

/* Py_AtExit before initialization works (as CPython's) and, in subpy,
 * does not load the engine: prefork hosts register, fork, initialize. */
static void case_atexit_before_init(void)
{
    atexit_calls = 0;
    CHECK(Py_AtExit(atexit_first) == 0);
#ifdef SUBPY
    CHECK(subpy_front_engine_state() == 0);
#endif
    Py_InitializeEx(0);
    CHECK(Py_AtExit(atexit_second) == 0);
    CHECK(Py_FinalizeEx() == 0);
    CHECK(atexit_calls == 2 && atexit_order[0] == 2 && atexit_order[1] == 1);
}

/* --- signals: CPython 3.13's setup, checked against libpython ------------ */

static void (*disposition(int signum))(int)
{
    struct sigaction a;
    CHECK(sigaction(signum, NULL, &a) == 0);
    return a.sa_handler;
}

static void set_disposition(int signum, void (*handler)(int))
{
    struct sigaction a = { .sa_handler = handler };
    sigemptyset(&a.sa_mask);
    CHECK(sigaction(signum, &a, NULL) == 0);
}

/* Writes to a pipe whose read end is closed; returns write's errno. */
static int write_closed_pipe(void)
{
    int fds[2];
    CHECK(pipe(fds) == 0);
    close(fds[0]);
    errno = 0;
    ssize_t n = write(fds[1], "x", 1);
    int err = n < 0 ? errno : 0;
    close(fds[1]);
    return err;
}

static void case_signals_installed(void)
{
    set_disposition(SIGINT, SIG_DFL);
    set_disposition(SIGPIPE, SIG_DFL);
    set_disposition(SIGXFSZ, SIG_DFL);
    Py_InitializeEx(1);
    CHECK(disposition(SIGINT) != SIG_DFL && disposition(SIGINT) != SIG_IGN);
    CHECK(disposition(SIGPIPE) == SIG_IGN && disposition(SIGXFSZ) == SIG_IGN);
    CHECK(write_closed_pipe() == EPIPE);
    CHECK(PyErr_CheckSignals() == 0);
    PyErr_SetInterrupt();
    CHECK(PyErr_CheckSignals() == -1 && PyErr_ExceptionMatches(PyExc_KeyboardInterrupt));
    PyErr_Clear();
    CHECK(PyErr_CheckSignals() == 0);
    CHECK(PyErr_SetInterruptEx(SIGINT) == 0 && PyErr_SetInterruptEx(0) == -1);
    CHECK(PyErr_CheckSignals() == -1 && PyErr_ExceptionMatches(PyExc_KeyboardInterrupt));
    PyErr_Clear();
    CHECK(raise(SIGINT) == 0); /* handled: the process goes on */
    CHECK(PyErr_CheckSignals() == -1 && PyErr_ExceptionMatches(PyExc_KeyboardInterrupt));
    PyErr_Clear();
    CHECK(Py_FinalizeEx() == 0);
    /* SIGINT back to SIG_DFL; SIGPIPE and SIGXFSZ stay ignored. */
    CHECK(disposition(SIGINT) == SIG_DFL);
    CHECK(disposition(SIGPIPE) == SIG_IGN && disposition(SIGXFSZ) == SIG_IGN);
}

/* The host ignores SIGINT and SIGPIPE: Python keeps out of SIGINT. */
static void case_signals_host_ignored(void)
{
    set_disposition(SIGINT, SIG_IGN);
    set_disposition(SIGPIPE, SIG_IGN);
    Py_InitializeEx(1);
    CHECK(disposition(SIGINT) == SIG_IGN);
    PyErr_SetInterrupt();
    CHECK(PyErr_CheckSignals() == 0);
    CHECK(write_closed_pipe() == EPIPE);
    CHECK(Py_FinalizeEx() == 0);
    CHECK(disposition(SIGINT) == SIG_IGN);
    Py_InitializeEx(0);
    CHECK(write_closed_pipe() == EPIPE); /* still ignored with the engine loaded */
    CHECK(Py_FinalizeEx() == 0);
}

/* Py_InitializeEx(0) installs nothing: SIGINT stays SIG_DFL, and
 * PyErr_SetInterrupt has nothing to trip. */
static void case_signals_not_installed(void)
{
    set_disposition(SIGINT, SIG_DFL);
    set_disposition(SIGXFSZ, SIG_DFL);
    Py_InitializeEx(0);
    CHECK(disposition(SIGINT) == SIG_DFL && disposition(SIGXFSZ) == SIG_DFL);
    PyErr_SetInterrupt();
    CHECK(PyErr_CheckSignals() == 0);
    CHECK(Py_FinalizeEx() == 0);
}

/* ... and a write to a closed pipe kills the host with SIGPIPE, as it does
 * with CPython (the case expects death by SIGPIPE). */
static void case_signals_sigpipe_default_kills(void)
{
    set_disposition(SIGPIPE, SIG_DFL);
    Py_InitializeEx(0);
    write_closed_pipe();
    fprintf(stderr, "survived a write to a closed pipe\n");
    exit(0);
}

/* --- PyConfig_Read: the command line (parse_argv) and the environment --- */

static int list_is(const PyWideStringList *l, int n, const wchar_t *const *items)
{
    if (l->length != n) {
        return 0;
    }
    for (int i = 0; i < n; i++) {
        if (wcscmp(l->items[i], items[i]) != 0) {
            return 0;
        }
    }
    return 1;
}
#define LIST_IS(l, ...) \
    list_is((l), (int)(sizeof((const wchar_t *[]){ __VA_ARGS__ }) / sizeof(wchar_t *)), \
            (const wchar_t *const[]){ __VA_ARGS__ })

/* run_filename is made absolute against the current directory. */
static int ends_with_cwd_file(const wchar_t *path, const wchar_t *name)
{
    char cwd[4096];
    CHECK(getcwd(cwd, sizeof cwd) != NULL);
    wchar_t want[4200];
    swprintf(want, sizeof want / sizeof want[0], L"%s/%ls", cwd, name);
    return wcscmp(path, want) == 0;
}

static PyStatus read_argv(PyConfig *c, int argc, wchar_t *const *argv)
{
    PyConfig_InitPythonConfig(c);
    CHECK(!PyStatus_Exception(PyConfig_SetArgv(c, argc, argv)));
    return PyConfig_Read(c);
}

static void case_config_parse_argv(void)
{
    unsetenv("PYTHONWARNINGS");
    PyConfig c;
    wchar_t *cmd[] = { L"prog", L"-c", L"pass", L"arg1" };
    CHECK(!PyStatus_Exception(read_argv(&c, 4, cmd)));
    CHECK(c.parse_argv == 2);
    CHECK(c.run_command != NULL && wcscmp(c.run_command, L"pass\n") == 0);
    CHECK(c.run_module == NULL && c.run_filename == NULL);
    CHECK(LIST_IS(&c.argv, L"-c", L"arg1"));
    CHECK(LIST_IS(&c.orig_argv, L"prog", L"-c", L"pass", L"arg1"));
    CHECK(!PyStatus_Exception(PyConfig_Read(&c))); /* read again: not parsed twice */
    CHECK(LIST_IS(&c.argv, L"-c", L"arg1"));
    PyConfig_Clear(&c);

    wchar_t *mod[] = { L"prog", L"-bbm", L"json.tool", L"-x" };
    CHECK(!PyStatus_Exception(read_argv(&c, 4, mod)));
    CHECK(c.run_module != NULL && wcscmp(c.run_module, L"json.tool") == 0);
    CHECK(c.bytes_warning == 2 && c.skip_source_first_line == 0);
    CHECK(LIST_IS(&c.argv, L"-m", L"-x"));
    CHECK(LIST_IS(&c.warnoptions, L"error::BytesWarning"));
    PyConfig_Clear(&c);

    wchar_t *file[] = { L"prog", L"-I", L"-OO", L"-Wd", L"-W", L"error", L"-X", L"utf8", L"-uvvqsSBdix",
                        L"script.py", L"-a", L"b" };
    CHECK(!PyStatus_Exception(read_argv(&c, 12, file)));
    CHECK(c.isolated == 1 && c.use_environment == 0 && c.safe_path == 1);
    CHECK(c.optimization_level == 2 && c.buffered_stdio == 0 && c.verbose == 2 && c.quiet == 1);
    CHECK(c.user_site_directory == 0 && c.site_import == 0 && c.write_bytecode == 0);
    CHECK(c.parser_debug == 1 && c.inspect == 1 && c.interactive == 1);
    CHECK(c.skip_source_first_line == 1);
    CHECK(c.run_filename != NULL && ends_with_cwd_file(c.run_filename, L"script.py"));
    CHECK(LIST_IS(&c.argv, L"script.py", L"-a", L"b"));
    CHECK(LIST_IS(&c.warnoptions, L"d", L"error"));
    CHECK(LIST_IS(&c.xoptions, L"utf8"));
    PyConfig_Clear(&c);

    wchar_t *dash[] = { L"prog", L"-", L"x" };
    CHECK(!PyStatus_Exception(read_argv(&c, 3, dash)));
    CHECK(c.run_filename == NULL && LIST_IS(&c.argv, L"-", L"x"));
    PyConfig_Clear(&c);

    wchar_t *ddash[] = { L"prog", L"--", L"-c" };
    CHECK(!PyStatus_Exception(read_argv(&c, 3, ddash)));
    CHECK(c.run_command == NULL && c.run_filename != NULL && ends_with_cwd_file(c.run_filename, L"-c"));
    CHECK(LIST_IS(&c.argv, L"-c"));
    PyConfig_Clear(&c);

    wchar_t *none[] = { L"prog" };
    CHECK(!PyStatus_Exception(read_argv(&c, 1, none)));
    CHECK(LIST_IS(&c.argv, L""));
    PyConfig_Clear(&c);

    /* parse_argv=0: argv is sys.argv as given. */
    PyConfig_InitPythonConfig(&c);
    c.parse_argv = 0;
    CHECK(!PyStatus_Exception(PyConfig_SetArgv(&c, 4, cmd)));
    CHECK(!PyStatus_Exception(PyConfig_Read(&c)));
    CHECK(c.parse_argv == 0 && c.run_command == NULL);
    CHECK(LIST_IS(&c.argv, L"prog", L"-c", L"pass", L"arg1"));
    PyConfig_Clear(&c);
}

/* An unknown option: CPython's message and usage on stderr, Exit(2). */
static void case_config_parse_argv_bogus(void)
{
    PyConfig c;
    wchar_t *bogus[] = { L"prog", L"--definitely-bogus" };
    PyStatus st = read_argv(&c, 2, bogus);
    CHECK(PyStatus_IsExit(st) && st.exitcode == 2);
    PyConfig_Clear(&c);
    wchar_t *missing[] = { L"prog", L"-c" };
    st = read_argv(&c, 2, missing);
    CHECK(PyStatus_IsExit(st) && st.exitcode == 2);
    PyConfig_Clear(&c);
    wchar_t *version[] = { L"prog", L"-V" };
    fflush(stdout);
    int saved = dup(1), devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 1);
    st = read_argv(&c, 2, version);
    fflush(stdout);
    dup2(saved, 1);
    CHECK(PyStatus_IsExit(st) && st.exitcode == 0);
    PyConfig_Clear(&c);
    /* Initialization reads the config the same way: nothing starts. */
    PyConfig_InitPythonConfig(&c);
    CHECK(!PyStatus_Exception(PyConfig_SetArgv(&c, 2, bogus)));
    st = Py_InitializeFromConfig(&c);
    CHECK(PyStatus_IsExit(st) && st.exitcode == 2);
    CHECK(!Py_IsInitialized());
    PyConfig_Clear(&c);
}

/* PyConfig_Read reads PYTHONPATH but leaves home NULL (PYTHONHOME is the
 * path configuration's, at initialization). */
static void case_config_read_env(void)
{
    setenv("PYTHONHOME", "/envhome", 1);
    setenv("PYTHONPATH", "/envpath", 1);
    setenv("PYTHONDONTWRITEBYTECODE", "1", 1);
    setenv("PYTHONVERBOSE", "2", 1);
    PyConfig c;
    PyConfig_InitPythonConfig(&c);
    c.parse_argv = 0;
    CHECK(!PyStatus_Exception(PyConfig_Read(&c)));
    CHECK(c.home == NULL);
    CHECK(c.pythonpath_env != NULL && wcscmp(c.pythonpath_env, L"/envpath") == 0);
    CHECK(c.write_bytecode == 0 && c.verbose == 2);
    PyConfig_Clear(&c);
    PyConfig_InitPythonConfig(&c);
    c.use_environment = 0;
    CHECK(!PyStatus_Exception(PyConfig_Read(&c)));
    CHECK(c.home == NULL && c.pythonpath_env == NULL && c.write_bytecode == 1 && c.verbose == 0);
    PyConfig_Clear(&c);
    PyConfig_InitIsolatedConfig(&c);
    CHECK(!PyStatus_Exception(PyConfig_Read(&c)));
    CHECK(c.home == NULL && c.pythonpath_env == NULL);
    PyConfig_Clear(&c);
}

/* --- the smaller declarations (memory, locale, pre-init, thread ids) ---- */

static _Thread_local int fake_deallocs;
static void fake_dealloc(PyObject *o)
{
    fake_deallocs++;
    free(o);
}

static void case_extra_api(void)
{
    PyPreConfig pre;
    PyPreConfig_InitPythonConfig(&pre);
    CHECK(!PyStatus_Exception(Py_PreInitialize(&pre)));
    char *bargv[] = { "prog", NULL };
    CHECK(!PyStatus_Exception(Py_PreInitializeFromBytesArgs(&pre, 1, bargv)));

    void *p = PyMem_RawMalloc(0);
    CHECK(p != NULL);
    p = PyMem_RawRealloc(p, 64);
    CHECK(p != NULL);
    PyMem_RawFree(p);
    unsigned char *z = PyMem_RawCalloc(4, 8);
    CHECK(z != NULL && z[0] == 0 && z[31] == 0);
    PyMem_RawFree(z);
    size_t n = 0;
    wchar_t *w = Py_DecodeLocale("abc\xff", &n);
    CHECK(w != NULL && n == 4 && wcscmp(w, L"abc\xdcff") == 0);

    CHECK(PyThread_get_thread_ident() == (unsigned long)pthread_self());

    PyTypeObject fake_type = { .tp_name = "fake", .tp_basicsize = sizeof(PyObject),
                               .tp_dealloc = fake_dealloc };
    PyObject *o = malloc(sizeof(PyObject));
    CHECK(o != NULL);
    o->ob_type = &fake_type;
    o->ob_refcnt = 0;
    Py_SET_REFCNT(o, 2);
    CHECK(Py_REFCNT(o) == 2);
    PyObject *slot = o;
    Py_INCREF(Py_None);
    Py_SETREF(slot, Py_None);
    CHECK(slot == Py_None && Py_REFCNT(o) == 1 && fake_deallocs == 0);
    PyObject *xslot = NULL;
    Py_XSETREF(xslot, o);
    Py_XSETREF(xslot, NULL);
    CHECK(fake_deallocs == 1 && xslot == NULL);
    Py_SET_REFCNT(Py_None, 5); /* immortal: unchanged */
    CHECK(Py_REFCNT(Py_None) != 5);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    Py_SetProgramName(L"embed-prog");
    PyEval_InitThreads();
    Py_InitializeEx(0);
    PyEval_InitThreads();
#pragma GCC diagnostic pop
    /* The PyMem_Malloc family needs an initialized runtime in CPython. */
    p = PyMem_Malloc(0);
    CHECK(p != NULL);
    PyMem_Free(p);
    size_t pos = 0;
    char *back = Py_EncodeLocale(w, &pos);
    CHECK(back != NULL && strcmp(back, "abc\xff") == 0);
    PyMem_Free(back);
    PyMem_RawFree(w);
#ifdef SUBPY
    CHECK(PyThreadState_GetDict() == NULL && PyErr_Occurred() == NULL);
    CHECK(PyInterpreterState_New() == NULL && PyErr_ExceptionMatches(PyExc_NotImplementedError));
    PyErr_Clear();
    CHECK(PyThreadState_SetAsyncExc(PyThread_get_thread_ident(), NULL) == -1 && PyErr_Occurred());
    PyErr_Clear();
#else
    CHECK(PyThreadState_GetDict() != NULL);
#endif
    Py_FinalizeEx();
}

#ifdef SUBPY
/* A prefork host: Py_AtExit, fork(), initialize in the child. The parent
 * never loads the engine, and the child's callback runs at its
 * finalization. */
static void case_atexit_then_fork(void)
{
    atexit_calls = 0;
    CHECK(Py_AtExit(atexit_first) == 0);
    CHECK(subpy_front_engine_state() == 0);
    pid_t pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        Py_InitializeEx(0);
        Py_FinalizeEx();
        _exit(atexit_calls == 1 && atexit_order[0] == 1 ? 0 : 3);
    }
    int status;
    CHECK(waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK(subpy_front_engine_state() == 0);
}
#endif

/* --- data symbols ---------------------------------------------------------- */

/* This executable refers to Py_True, Py_False, Py_None, &PyBool_Type and
 * &PyType_Type directly, so the linker gives it copy relocations of them:
 * its copies are the canonical objects, and the library must answer with
 * them (issue 2, item 7: the library's internal references bind to its own
 * objects, yet a host's comparisons hold). */
static void case_data_symbols_canonical(void)
{
    CHECK(PyBool_FromLong(1) == Py_True);
    CHECK(PyBool_FromLong(0) == Py_False);
    CHECK(Py_TYPE(Py_True) == &PyBool_Type && Py_TYPE(Py_False) == &PyBool_Type);
    CHECK(PyBool_Check(PyBool_FromLong(7)));
    CHECK(Py_TYPE(&PyBool_Type) == &PyType_Type);
    Py_InitializeEx(0);
    CHECK(PyObject_IsTrue(Py_True) == 1);
    CHECK(PyObject_IsTrue(Py_False) == 0);
    CHECK(PyObject_IsTrue(Py_None) == 0);
    CHECK(PyObject_IsTrue(PyBool_FromLong(1)) == 1);
#ifdef SUBPY
    /* The copy relocations happened: the objects live in this executable. */
    Dl_info self, obj;
    CHECK(dladdr((void *)case_data_symbols_canonical, &self) != 0);
    CHECK(dladdr((void *)Py_True, &obj) != 0 && obj.dli_fbase == self.dli_fbase);
    CHECK(dladdr((void *)&PyBool_Type, &obj) != 0 && obj.dli_fbase == self.dli_fbase);
#endif
    Py_Finalize();
}

/* --- PyStatus, PyWideStringList, PyConfig -------------------------------- */

static void case_struct_layout(void)
{
    /* CPython 3.13 x86-64 layouts (ctypes users build these by value). */
    CHECK(sizeof(PyStatus) == 32);
    CHECK(offsetof(PyStatus, func) == 8);
    CHECK(offsetof(PyStatus, err_msg) == 16);
    CHECK(offsetof(PyStatus, exitcode) == 24);
    CHECK(sizeof(PyWideStringList) == 16);
    CHECK(offsetof(PyWideStringList, items) == 8);
    CHECK(sizeof(PyInterpreterConfig) == 28);
    CHECK(offsetof(PyInterpreterConfig, allow_fork) == 4);
    CHECK(offsetof(PyInterpreterConfig, allow_exec) == 8);
    CHECK(offsetof(PyInterpreterConfig, allow_threads) == 12);
    CHECK(offsetof(PyInterpreterConfig, allow_daemon_threads) == 16);
    CHECK(offsetof(PyInterpreterConfig, check_multi_interp_extensions) == 20);
    CHECK(offsetof(PyInterpreterConfig, gil) == 24);
    CHECK(sizeof(PyConfig) == 448);
    CHECK(offsetof(PyConfig, argv) == 128);
    CHECK(offsetof(PyConfig, program_name) == 280);
    CHECK(offsetof(PyConfig, module_search_paths) == 320);
    CHECK(offsetof(PyConfig, run_filename) == 416);
    CHECK(sizeof(PyPreConfig) == 40);
    CHECK(PyGILState_LOCKED == 0 && PyGILState_UNLOCKED == 1);
    CHECK(Py_file_input == 257 && Py_eval_input == 258 && Py_single_input == 256);
}

static void case_status_helpers(void)
{
    PyStatus s = PyStatus_Ok();
    CHECK(!PyStatus_Exception(s) && !PyStatus_IsError(s) && !PyStatus_IsExit(s));
    s = PyStatus_Error("boom");
    CHECK(PyStatus_Exception(s) && PyStatus_IsError(s) && !PyStatus_IsExit(s));
    CHECK(s.func == NULL && strcmp(s.err_msg, "boom") == 0);
    s = PyStatus_NoMemory();
    CHECK(PyStatus_IsError(s) && strcmp(s.err_msg, "memory allocation failed") == 0);
    s = PyStatus_Exit(3);
    CHECK(PyStatus_Exception(s) && PyStatus_IsExit(s) && !PyStatus_IsError(s) && s.exitcode == 3);

    PyWideStringList list = { 0, NULL };
    s = PyWideStringList_Insert(&list, -1, L"x");
    CHECK(PyStatus_IsError(s) && strcmp(s.func, "PyWideStringList_Insert") == 0);
    CHECK(strcmp(s.err_msg, "PyWideStringList_Insert index must be >= 0") == 0);
    CHECK(!PyStatus_Exception(PyWideStringList_Insert(&list, 5, L"a"))); /* clamped */
    CHECK(!PyStatus_Exception(PyWideStringList_Append(&list, L"b")));
    CHECK(!PyStatus_Exception(PyWideStringList_Insert(&list, 0, L"c")));
    CHECK(list.length == 3);
    CHECK(wcscmp(list.items[0], L"c") == 0 && wcscmp(list.items[1], L"a") == 0 &&
          wcscmp(list.items[2], L"b") == 0);
}

/* CPython 3.13's defaults, measured from libpython3.13 (the CPython build of
 * this binary re-checks them). */
#define CONFIG_INT_FIELDS(X) \
    X(_config_init, 2, 3) X(isolated, 0, 1) X(use_environment, 1, 0) X(dev_mode, -1, 0) \
    X(install_signal_handlers, 1, 0) X(use_hash_seed, -1, 0) X(faulthandler, -1, 0) \
    X(tracemalloc, -1, 0) X(perf_profiling, -1, 0) X(import_time, 0, 0) \
    X(code_debug_ranges, 1, 1) X(show_ref_count, 0, 0) X(dump_refs, 0, 0) \
    X(malloc_stats, 0, 0) X(parse_argv, 1, 0) X(site_import, 1, 1) X(bytes_warning, 0, 0) \
    X(warn_default_encoding, 0, 0) X(inspect, 0, 0) X(interactive, 0, 0) \
    X(optimization_level, 0, 0) X(parser_debug, 0, 0) X(write_bytecode, 1, 1) \
    X(verbose, 0, 0) X(quiet, 0, 0) X(user_site_directory, 1, 0) \
    X(configure_c_stdio, 1, 0) X(buffered_stdio, 1, 1) X(use_frozen_modules, 1, 1) \
    X(safe_path, 0, 1) X(int_max_str_digits, -1, 4300) X(cpu_count, -1, -1) \
    X(pathconfig_warnings, 1, 0) X(module_search_paths_set, 0, 0) \
    X(skip_source_first_line, 0, 0) X(_install_importlib, 1, 1) X(_init_main, 1, 1) \
    X(_is_python_build, 0, 0)
#define CONFIG_STRING_FIELDS(X) \
    X(program_name) X(home) X(pythonpath_env) X(platlibdir) X(executable) X(prefix) \
    X(run_command) X(run_module) X(run_filename) X(stdio_encoding) X(pycache_prefix)

static void check_config_defaults(const PyConfig *c, int isolated)
{
#define CHECK_INT(f, python, iso) \
    if (c->f != (isolated ? (iso) : (python))) { \
        fprintf(stderr, "PyConfig.%s = %ld, want %ld\n", #f, (long)c->f, \
                (long)(isolated ? (iso) : (python))); \
        exit(1); \
    }
    CONFIG_INT_FIELDS(CHECK_INT)
#undef CHECK_INT
#define CHECK_NULL(f) CHECK(c->f == NULL);
    CONFIG_STRING_FIELDS(CHECK_NULL)
#undef CHECK_NULL
    CHECK(c->argv.length == 0 && c->orig_argv.length == 0 && c->module_search_paths.length == 0);
}

static void case_config_defaults(void)
{
    PyConfig c;
    PyConfig_InitPythonConfig(&c);
    check_config_defaults(&c, 0);
    PyConfig_Clear(&c);
    PyConfig_InitIsolatedConfig(&c);
    check_config_defaults(&c, 1);
    PyConfig_Clear(&c);
    PyPreConfig p;
    PyPreConfig_InitPythonConfig(&p);
    CHECK(p._config_init == 2 && p.parse_argv == 1 && p.use_environment == 1 &&
          p.coerce_c_locale == -1 && p.utf8_mode == -1 && p.dev_mode == -1);
    PyPreConfig_InitIsolatedConfig(&p);
    CHECK(p._config_init == 3 && p.isolated == 1 && p.use_environment == 0 && p.utf8_mode == 0);
}

static void case_config_setters_and_init(void)
{
    PyConfig c;
    PyConfig_InitIsolatedConfig(&c);
    CHECK(!PyStatus_Exception(PyConfig_SetString(&c, &c.program_name, L"embedprog")));
    CHECK(!PyStatus_Exception(PyConfig_SetString(&c, &c.program_name, L"embed")));
    CHECK(wcscmp(c.program_name, L"embed") == 0);
    CHECK(!PyStatus_Exception(PyConfig_SetBytesString(&c, &c.home, "/h\xffx")));
    CHECK(c.home[0] == L'/' && c.home[1] == L'h' && c.home[2] == 0xDCFF && c.home[3] == L'x');
    CHECK(!PyStatus_Exception(PyConfig_SetString(&c, &c.home, NULL)) && c.home == NULL);
    char *bytes_argv[] = { "prog", "-c", "pass", "x" };
    CHECK(!PyStatus_Exception(PyConfig_SetBytesArgv(&c, 4, bytes_argv)));
    CHECK(c.argv.length == 4 && wcscmp(c.argv.items[3], L"x") == 0);
    wchar_t *wide_argv[] = { L"prog", L"arg" };
    CHECK(!PyStatus_Exception(PyConfig_SetArgv(&c, 2, wide_argv)));
    CHECK(c.argv.length == 2 && wcscmp(c.argv.items[1], L"arg") == 0);
    /* EMBED_STDLIB (set by the make target): a usable stdlib path list for
     * CPython, which imports from it; subpy only stores it yet. */
    const char *stdlib = getenv("EMBED_STDLIB");
    if (stdlib != NULL) {
        char copy[4096];
        snprintf(copy, sizeof copy, "%s", stdlib);
        for (char *dir = strtok(copy, ":"); dir != NULL; dir = strtok(NULL, ":")) {
            wchar_t wide[1024];
            CHECK(mbstowcs(wide, dir, 1024) < 1024);
            CHECK(!PyStatus_Exception(PyWideStringList_Append(&c.module_search_paths, wide)));
        }
        c.module_search_paths_set = 1;
    }
    CHECK(!PyStatus_Exception(PyConfig_Read(&c)));
    CHECK(c.orig_argv.length == 2); /* Read copies argv into orig_argv */
    CHECK(c.argv.length == 2 && wcscmp(c.argv.items[0], L"prog") == 0);
    PyStatus s = Py_InitializeFromConfig(&c);
    CHECK(!PyStatus_Exception(s));
    PyConfig_Clear(&c);
    CHECK(c.program_name == NULL && c.argv.length == 0 && c.argv.items == NULL);
    CHECK(Py_IsInitialized());
    CHECK(Py_FinalizeEx() == 0);

    /* An empty argv becomes [""]. */
    PyConfig_InitIsolatedConfig(&c);
    CHECK(!PyStatus_Exception(PyConfig_Read(&c)));
    CHECK(c.argv.length == 1 && c.argv.items[0][0] == L'\0');
    PyConfig_Clear(&c);

    s = Py_InitializeFromConfig(NULL);
    CHECK(PyStatus_IsError(s) && strcmp(s.func, "Py_InitializeFromConfig") == 0);
    CHECK(strcmp(s.err_msg, "initialization config is NULL") == 0);
}

/* --- interpreters -------------------------------------------------------- */

/* Every combination of the three fields CPython 3.13 checks. */
static void case_interp_config_matrix(void)
{
    Py_Initialize();
    PyThreadState *main_ts = PyThreadState_Get();
    for (int obmalloc = 0; obmalloc < 2; obmalloc++) {
        for (int check = 0; check < 2; check++) {
            for (int gil = -1; gil <= 3; gil++) {
                PyInterpreterConfig c = own_gil_config();
                c.use_main_obmalloc = obmalloc;
                c.check_multi_interp_extensions = check;
                c.gil = gil;
                PyThreadState *ts = (PyThreadState *)1;
                PyStatus s = Py_NewInterpreterFromConfig(&ts, &c);
                const char *want = NULL;
                if (!obmalloc && !check) {
                    want = "per-interpreter obmalloc does not support single-phase init extension modules";
                } else if (gil < 0 || gil > 2) {
                    want = "invalid interpreter config 'gil' value";
                }
                if (want != NULL) {
                    if (!PyStatus_IsError(s) || strcmp(s.err_msg, want) != 0 ||
                        strcmp(s.func, "init_interp_settings") != 0) {
                        fprintf(stderr, "obmalloc=%d check=%d gil=%d: got %s/%s\n", obmalloc,
                                check, gil, s.func ? s.func : "-", s.err_msg ? s.err_msg : "-");
                        exit(1);
                    }
                    CHECK(ts == NULL);
                    CHECK(PyThreadState_GetUnchecked() == main_ts);
                    continue;
                }
                CHECK(!PyStatus_Exception(s));
                CHECK(ts != NULL && PyThreadState_Get() == ts);
                CHECK(PyThreadState_GetInterpreter(ts) != PyInterpreterState_Main());
                Py_EndInterpreter(ts);
                CHECK(PyThreadState_GetUnchecked() == NULL);
                PyThreadState_Swap(main_ts);
            }
        }
    }
    CHECK(Py_FinalizeEx() == 0);
}

static void case_new_interpreter_before_init_status(void)
{
    PyInterpreterConfig c = own_gil_config();
    PyThreadState *ts = (PyThreadState *)1;
    PyStatus s = Py_NewInterpreterFromConfig(&ts, &c);
    CHECK(PyStatus_IsError(s) && ts == (PyThreadState *)1); /* left alone */
    CHECK(strcmp(s.func, "new_interpreter") == 0);
    CHECK(strcmp(s.err_msg, "Py_Initialize must be called first") == 0);
}

static void case_create_end_1000(void)
{
    Py_Initialize();
    PyThreadState *main_ts = PyThreadState_Get();
    PyInterpreterConfig c = own_gil_config();
    int64_t last_id = 0;
    for (int i = 0; i < 1000; i++) {
        PyThreadState *ts = NULL;
        CHECK(!PyStatus_Exception(Py_NewInterpreterFromConfig(&ts, &c)));
        int64_t id = PyInterpreterState_GetID(PyThreadState_GetInterpreter(ts));
        CHECK(id > last_id);
        last_id = id;
        Py_EndInterpreter(ts);
        PyThreadState_Swap(main_ts);
    }
    CHECK(PyInterpreterState_Head() == PyInterpreterState_Main());
    CHECK(PyInterpreterState_Next(PyInterpreterState_Main()) == NULL);
    CHECK(Py_FinalizeEx() == 0);
}

/* Eight threads, each with its own OWN_GIL interpreter, all attached at the
 * same time: they meet at a barrier while holding their interpreter's lock,
 * which would deadlock if any two shared a lock. */
enum { PARALLEL_THREADS = 8 };
static pthread_barrier_t parallel_barrier;
static _Atomic int64_t parallel_ids[PARALLEL_THREADS];

static void *parallel_worker(void *arg)
{
    int index = (int)(intptr_t)arg;
    PyInterpreterConfig c = own_gil_config();
    PyThreadState *ts = NULL;
    PyStatus s = Py_NewInterpreterFromConfig(&ts, &c);
    CHECK(!PyStatus_Exception(s) && ts != NULL);
    CHECK(PyThreadState_Get() == ts);
    CHECK(PyGILState_Check());
    PyInterpreterState *interp = PyInterpreterState_Get();
    parallel_ids[index] = PyInterpreterState_GetID(interp);
    pthread_barrier_wait(&parallel_barrier); /* all eight attached at once */
    for (int i = 0; i < 100; i++) {
        Py_BEGIN_ALLOW_THREADS
        CHECK(PyThreadState_GetUnchecked() == NULL);
        Py_END_ALLOW_THREADS
        CHECK(PyInterpreterState_Get() == interp);
    }
    pthread_barrier_wait(&parallel_barrier);
    Py_EndInterpreter(ts);
    CHECK(PyThreadState_GetUnchecked() == NULL);
    return NULL;
}

static void case_threads_own_gil_8(void)
{
    Py_Initialize();
    PyThreadState *main_ts = PyEval_SaveThread();
    pthread_barrier_init(&parallel_barrier, NULL, PARALLEL_THREADS);
    pthread_t threads[PARALLEL_THREADS];
    for (int i = 0; i < PARALLEL_THREADS; i++) {
        CHECK(pthread_create(&threads[i], NULL, parallel_worker, (void *)(intptr_t)i) == 0);
    }
    for (int i = 0; i < PARALLEL_THREADS; i++) {
        pthread_join(threads[i], NULL);
    }
    for (int i = 0; i < PARALLEL_THREADS; i++) {
        CHECK(parallel_ids[i] > 0);
        for (int j = 0; j < i; j++) {
            CHECK(parallel_ids[i] != parallel_ids[j]);
        }
    }
    PyEval_RestoreThread(main_ts);
    CHECK(PyInterpreterState_Head() == PyInterpreterState_Main());
    CHECK(Py_FinalizeEx() == 0);
}

static void case_swap_several_on_one_thread(void)
{
    Py_Initialize();
    PyThreadState *main_ts = PyThreadState_Get();
    enum { N = 3 };
    PyThreadState *subs[N];
    PyInterpreterConfig c = own_gil_config();
    for (int i = 0; i < N; i++) {
        PyThreadState *prev = PyThreadState_GetUnchecked();
        CHECK(!PyStatus_Exception(Py_NewInterpreterFromConfig(&subs[i], &c)));
        CHECK(PyThreadState_Get() == subs[i]);
        CHECK(prev != subs[i]);
    }
    /* Head is the newest interpreter, Next walks to the oldest (main). */
    PyInterpreterState *in = PyInterpreterState_Head();
    for (int i = N - 1; i >= 0; i--) {
        CHECK(in == PyThreadState_GetInterpreter(subs[i]));
        in = PyInterpreterState_Next(in);
    }
    CHECK(in == PyInterpreterState_Main() && PyInterpreterState_Next(in) == NULL);
    /* Swap around: each swap returns the previous state and moves the
     * current interpreter. */
    for (int round = 0; round < 50; round++) {
        for (int i = 0; i < N; i++) {
            PyThreadState *prev = PyThreadState_Swap(subs[i]);
            CHECK(prev == (i == 0 ? (round == 0 ? subs[N - 1] : main_ts) : subs[i - 1]));
            CHECK(PyInterpreterState_Get() == PyThreadState_GetInterpreter(subs[i]));
        }
        CHECK(PyThreadState_Swap(main_ts) == subs[N - 1]);
    }
    /* A second thread state in one interpreter: ThreadHead is the newest. */
    PyThreadState_Swap(subs[0]);
    PyThreadState *extra = PyThreadState_New(PyThreadState_GetInterpreter(subs[0]));
    CHECK(PyInterpreterState_ThreadHead(PyThreadState_GetInterpreter(subs[0])) == extra);
    CHECK(PyThreadState_Next(extra) == subs[0] && PyThreadState_Next(subs[0]) == NULL);
    CHECK(PyThreadState_GetID(extra) > PyThreadState_GetID(subs[0]));
    CHECK(PyThreadState_Swap(extra) == subs[0]);
    CHECK(PyThreadState_Swap(subs[0]) == extra);
    PyThreadState_Clear(extra);
    PyThreadState_Delete(extra);
    for (int i = 0; i < N; i++) {
        PyThreadState_Swap(subs[i]);
        Py_EndInterpreter(subs[i]);
    }
    PyThreadState_Swap(main_ts);
    CHECK(PyInterpreterState_Head() == PyInterpreterState_Main());
    CHECK(Py_FinalizeEx() == 0);
}

static void case_thread_state_api(void)
{
    Py_Initialize();
    PyThreadState *main_ts = PyThreadState_Get();
    PyInterpreterState *interp = PyThreadState_GetInterpreter(main_ts);
    PyThreadState *t = PyThreadState_New(interp);
    CHECK(t != NULL && t != main_ts);
    CHECK(PyThreadState_GetInterpreter(t) == interp);
    CHECK(PyThreadState_GetID(t) != PyThreadState_GetID(main_ts));
    CHECK(PyThreadState_Swap(t) == main_ts);
    CHECK(PyThreadState_Get() == t);
    PyEval_ReleaseThread(t);
    CHECK(PyThreadState_GetUnchecked() == NULL);
    PyEval_AcquireThread(t);
    CHECK(PyThreadState_Get() == t);
    CHECK(PyEval_SaveThread() == t);
    PyEval_RestoreThread(t);
    PyThreadState_Clear(t);
    PyThreadState_DeleteCurrent();
    CHECK(PyThreadState_GetUnchecked() == NULL);
    PyThreadState_Swap(main_ts);
    CHECK(PyInterpreterState_ThreadHead(interp) == main_ts);
    CHECK(PyInterpreterState_GetDict(interp) == NULL || PyInterpreterState_GetDict(interp) != NULL);
    CHECK(Py_FinalizeEx() == 0);
}

/* Threads of one interpreter take turns: an exclusion flag that two
 * holders at once would trip, and a plain counter that lost updates would
 * show. Once through PyGILState on the main interpreter, once through
 * PyEval_AcquireThread on thread states of an OWN_GIL subinterpreter. */
enum { TURN_THREADS = 4, TURN_ROUNDS = 2000 };

struct turn_shared {
    int inside;   /* 1 while a thread is in turn_body */
    long counter;
};

struct turn_arg {
    struct turn_shared *shared;
    PyThreadState *tstate; /* for turn_acquire_worker */
};

static void turn_body(struct turn_shared *shared)
{
    CHECK(shared->inside == 0);
    shared->inside = 1;
    shared->counter++;
    shared->inside = 0;
}

static void *turn_gilstate_worker(void *p)
{
    struct turn_arg *arg = p;
    for (int i = 0; i < TURN_ROUNDS; i++) {
        PyGILState_STATE s = PyGILState_Ensure();
        turn_body(arg->shared);
        PyGILState_Release(s);
    }
    return NULL;
}

static void *turn_acquire_worker(void *p)
{
    struct turn_arg *arg = p;
    for (int i = 0; i < TURN_ROUNDS; i++) {
        PyEval_AcquireThread(arg->tstate);
        turn_body(arg->shared);
        PyEval_ReleaseThread(arg->tstate);
    }
    return NULL;
}

static void run_turn_threads(void *(*fn)(void *), struct turn_arg *args)
{
    pthread_t threads[TURN_THREADS];
    args[0].shared->counter = 0;
    for (int i = 0; i < TURN_THREADS; i++) {
        CHECK(pthread_create(&threads[i], NULL, fn, &args[i]) == 0);
    }
    for (int i = 0; i < TURN_THREADS; i++) {
        pthread_join(threads[i], NULL);
    }
    CHECK(args[0].shared->counter == (long)TURN_THREADS * TURN_ROUNDS);
}

static void case_threads_take_turns(void)
{
    struct turn_shared shared = { 0, 0 };
    struct turn_arg args[TURN_THREADS];
    for (int i = 0; i < TURN_THREADS; i++) {
        args[i] = (struct turn_arg){ .shared = &shared };
    }
    Py_Initialize();
    PyThreadState *main_ts = PyEval_SaveThread();
    run_turn_threads(turn_gilstate_worker, args);

    PyEval_RestoreThread(main_ts);
    PyInterpreterConfig c = own_gil_config();
    PyThreadState *sub = NULL;
    CHECK(!PyStatus_Exception(Py_NewInterpreterFromConfig(&sub, &c)));
    for (int i = 0; i < TURN_THREADS; i++) {
        args[i].tstate = PyThreadState_New(PyInterpreterState_Get());
    }
    PyEval_SaveThread();
    run_turn_threads(turn_acquire_worker, args);
    PyEval_RestoreThread(sub);
    for (int i = 0; i < TURN_THREADS; i++) {
        PyThreadState_Clear(args[i].tstate);
        PyThreadState_Delete(args[i].tstate);
    }
    Py_EndInterpreter(sub);
    PyThreadState_Swap(main_ts);
    CHECK(Py_FinalizeEx() == 0);
}

/* --- PyGILState ---------------------------------------------------------- */

static PyInterpreterState *gilstate_main;

static void *gilstate_worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        CHECK(PyThreadState_GetUnchecked() == NULL);
        CHECK(!PyGILState_Check());
        PyGILState_STATE outer = PyGILState_Ensure();
        CHECK(outer == PyGILState_UNLOCKED);
        CHECK(PyGILState_Check());
        CHECK(PyInterpreterState_Get() == gilstate_main);
        CHECK(PyGILState_GetThisThreadState() == PyThreadState_Get());
        PyGILState_STATE inner = PyGILState_Ensure();
        CHECK(inner == PyGILState_LOCKED);
        PyGILState_Release(inner);
        CHECK(PyGILState_Check());
        PyGILState_Release(outer);
        CHECK(PyThreadState_GetUnchecked() == NULL);
    }
    return NULL;
}

static void case_gilstate_host_threads(void)
{
    Py_Initialize();
    gilstate_main = PyInterpreterState_Get();
    PyThreadState *main_ts = PyEval_SaveThread();
    CHECK(!PyGILState_Check());
    pthread_t threads[4];
    for (int i = 0; i < 4; i++) {
        CHECK(pthread_create(&threads[i], NULL, gilstate_worker, NULL) == 0);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(threads[i], NULL);
    }
    /* On the main thread Ensure re-attaches the main thread state. */
    PyGILState_STATE s = PyGILState_Ensure();
    CHECK(s == PyGILState_UNLOCKED && PyThreadState_Get() == main_ts);
    PyGILState_Release(s);
    CHECK(PyThreadState_GetUnchecked() == NULL);
    PyEval_RestoreThread(main_ts);
    CHECK(Py_FinalizeEx() == 0);
}

static void case_gilstate_before_init(void)
{
    CHECK(PyGILState_Check() == 1); /* CPython answers 1 before initialization */
    CHECK(PyGILState_GetThisThreadState() == NULL);
    CHECK(PyInterpreterState_Main() == NULL && PyInterpreterState_Head() == NULL);
}

/* A thread state created on one thread and attached on another becomes the
 * second thread's PyGILState thread state (CPython binds on attach). */
static PyThreadState *bind_ts;
static void *gilstate_bind_worker(void *arg)
{
    (void)arg;
    CHECK(PyGILState_GetThisThreadState() == NULL);
    PyEval_RestoreThread(bind_ts);
    CHECK(PyGILState_GetThisThreadState() == bind_ts);
    PyGILState_STATE s = PyGILState_Ensure();
    CHECK(s == PyGILState_LOCKED && PyThreadState_Get() == bind_ts);
    PyGILState_Release(s);
    CHECK(PyThreadState_Get() == bind_ts);
    PyEval_SaveThread();
    s = PyGILState_Ensure(); /* re-attaches the bound one */
    CHECK(s == PyGILState_UNLOCKED && PyThreadState_Get() == bind_ts);
    PyGILState_Release(s);
    CHECK(PyThreadState_GetUnchecked() == NULL);
    return NULL;
}

static void case_gilstate_binds_on_attach(void)
{
    Py_InitializeEx(0);
    PyThreadState *main_ts = PyThreadState_Get();
    bind_ts = PyThreadState_New(PyInterpreterState_Get());
    CHECK(PyGILState_GetThisThreadState() == main_ts);
    PyEval_SaveThread();
    pthread_t th;
    CHECK(pthread_create(&th, NULL, gilstate_bind_worker, NULL) == 0);
    CHECK(pthread_join(th, NULL) == 0);
    PyEval_RestoreThread(main_ts);
    CHECK(PyGILState_GetThisThreadState() == main_ts);
    Py_FinalizeEx();
}

static void *gilstate_release_fresh_worker(void *arg)
{
    (void)arg;
    PyGILState_Release(PyGILState_UNLOCKED);
    return NULL;
}

static void misuse_gilstate_release_fresh_thread(void)
{
    Py_InitializeEx(0);
    pthread_t th;
    CHECK(pthread_create(&th, NULL, gilstate_release_fresh_worker, NULL) == 0);
    pthread_join(th, NULL);
}

static void misuse_gilstate_release_detached(void)
{
    Py_InitializeEx(0);
    PyEval_SaveThread();
    PyGILState_Release(PyGILState_UNLOCKED);
}

static void misuse_exit_status_ok(void)
{
    Py_ExitStatusException(PyStatus_Ok());
}

#ifdef SUBPY
/* A thread keeps a subinterpreter's thread state attached; another thread
 * finalizing would free it under it (a crash later): a fatal error. */
static PyThreadState *attached_elsewhere;
static atomic_int attached_ready;
static void *keep_attached_worker(void *arg)
{
    (void)arg;
    PyEval_RestoreThread(attached_elsewhere);
    atomic_store(&attached_ready, 1);
    for (;;) {
        pause();
    }
    return NULL;
}

static void start_keep_attached(PyThreadState *ts)
{
    attached_elsewhere = ts;
    pthread_t th;
    CHECK(pthread_create(&th, NULL, keep_attached_worker, NULL) == 0);
    while (!atomic_load(&attached_ready)) {
        usleep(1000);
    }
}

static void misuse_finalize_with_attached_elsewhere(void)
{
    Py_InitializeEx(0);
    PyThreadState *main_ts = PyThreadState_Get();
    PyInterpreterConfig cfg = own_gil_config();
    PyThreadState *sub;
    CHECK(!PyStatus_Exception(Py_NewInterpreterFromConfig(&sub, &cfg)));
    PyEval_SaveThread();
    start_keep_attached(sub);
    PyEval_RestoreThread(main_ts);
    Py_FinalizeEx();
}

static void misuse_delete_attached_elsewhere(void)
{
    Py_InitializeEx(0);
    PyThreadState *other = PyThreadState_New(PyInterpreterState_Get());
    PyEval_SaveThread();
    start_keep_attached(other);
    PyThreadState_Delete(other);
}

/* A thread state pointer kept across Py_FinalizeEx is freed: using it is a
 * fatal error naming the function, not a crash. */
static void misuse_restore_freed_tstate(void)
{
    Py_InitializeEx(0);
    PyThreadState *old = PyThreadState_New(PyInterpreterState_Get());
    Py_FinalizeEx();
    Py_InitializeEx(0);
    PyThreadState *keep = PyThreadState_New(PyInterpreterState_Get()); /* reuse the memory */
    (void)keep;
    PyEval_SaveThread();
    if (old == keep) {
        /* The allocator gave the same address back: a valid state now. */
        fprintf(stderr, "Fatal Python error: PyEval_RestoreThread: thread state reused\n");
        abort();
    }
    PyEval_RestoreThread(old);
}

/* A deleted thread state and an ended interpreter: the accessors say so. */
static void misuse_get_interpreter_deleted(void)
{
    Py_InitializeEx(0);
    PyThreadState *t = PyThreadState_New(PyInterpreterState_Get());
    PyThreadState_Clear(t);
    PyThreadState_Delete(t);
    PyThreadState_GetInterpreter(t);
}

static void misuse_interp_id_ended(void)
{
    Py_InitializeEx(0);
    PyThreadState *main_ts = PyThreadState_Get();
    PyThreadState *sub = Py_NewInterpreter();
    PyInterpreterState *interp = PyThreadState_GetInterpreter(sub);
    Py_EndInterpreter(sub);
    PyThreadState_Swap(main_ts);
    PyInterpreterState_GetID(interp);
}

/* The interpreter a thread last ran in is forgotten with its runtime:
 * after a re-initialization reuses its ID, PyGILState_Ensure on that thread
 * goes to the main interpreter, not to the unrelated new one. */
static PyThreadState *reinit_sub;
static atomic_int reinit_step;
static void *gilstate_reinit_worker(void *arg)
{
    (void)arg;
    PyEval_RestoreThread(reinit_sub); /* remembers interpreter 1 */
    PyEval_SaveThread();
    atomic_store(&reinit_step, 1);
    while (atomic_load(&reinit_step) != 2) {
        usleep(1000);
    }
    PyGILState_STATE s = PyGILState_Ensure();
    CHECK(PyInterpreterState_GetID(PyInterpreterState_Get()) == 0);
    PyGILState_Release(s);
    return NULL;
}

static void case_gilstate_forgets_after_reinit(void)
{
    Py_InitializeEx(0);
    PyThreadState *main_ts = PyThreadState_Get();
    reinit_sub = Py_NewInterpreter();
    CHECK(PyInterpreterState_GetID(PyThreadState_GetInterpreter(reinit_sub)) == 1);
    PyEval_SaveThread();
    pthread_t th;
    CHECK(pthread_create(&th, NULL, gilstate_reinit_worker, NULL) == 0);
    while (atomic_load(&reinit_step) != 1) {
        usleep(1000);
    }
    PyEval_RestoreThread(main_ts);
    CHECK(Py_FinalizeEx() == 0);
    Py_InitializeEx(0);
    main_ts = PyThreadState_Get();
    PyThreadState *sub2 = Py_NewInterpreter();
    CHECK(PyInterpreterState_GetID(PyThreadState_GetInterpreter(sub2)) == 1);
    PyEval_SaveThread();
    atomic_store(&reinit_step, 2);
    CHECK(pthread_join(th, NULL) == 0);
    PyEval_RestoreThread(sub2);
    Py_EndInterpreter(sub2);
    PyThreadState_Swap(main_ts);
    CHECK(Py_FinalizeEx() == 0);
}
#endif

#ifdef SUBPY
/* subpy's rule: Ensure on a thread that last ran in a subinterpreter
 * attaches to that interpreter. */
static void *gilstate_sub_worker(void *arg)
{
    (void)arg;
    PyInterpreterConfig c = own_gil_config();
    PyThreadState *ts = NULL;
    CHECK(!PyStatus_Exception(Py_NewInterpreterFromConfig(&ts, &c)));
    PyInterpreterState *sub = PyInterpreterState_Get();
    PyEval_SaveThread();
    PyGILState_STATE s = PyGILState_Ensure();
    CHECK(s == PyGILState_UNLOCKED);
    CHECK(PyThreadState_Get() == ts && PyInterpreterState_Get() == sub);
    PyGILState_Release(s);
    CHECK(PyThreadState_GetUnchecked() == NULL);
    /* With its thread state deleted, Ensure still goes to that interpreter. */
    PyEval_RestoreThread(ts);
    PyThreadState *other = PyThreadState_New(sub);
    PyThreadState_Swap(other);
    PyThreadState_Swap(ts);
    PyEval_SaveThread();
    PyThreadState_Delete(other);
    s = PyGILState_Ensure();
    CHECK(PyInterpreterState_Get() == sub);
    PyGILState_Release(s);
    PyEval_RestoreThread(ts);
    Py_EndInterpreter(ts);
    /* Once the interpreter is gone, Ensure falls back to main. */
    s = PyGILState_Ensure();
    CHECK(PyInterpreterState_Get() == PyInterpreterState_Main());
    PyGILState_Release(s);
    return NULL;
}

static void case_gilstate_subinterpreter_rule(void)
{
    Py_Initialize();
    PyThreadState *main_ts = PyEval_SaveThread();
    pthread_t t;
    CHECK(pthread_create(&t, NULL, gilstate_sub_worker, NULL) == 0);
    pthread_join(t, NULL);
    PyEval_RestoreThread(main_ts);
    CHECK(Py_FinalizeEx() == 0);
}

static void case_end_interpreter_clears_idle_threads(void)
{
    Py_Initialize();
    PyThreadState *main_ts = PyThreadState_Get();
    PyThreadState *sub = Py_NewInterpreter();
    PyInterpreterState *interp = PyThreadState_GetInterpreter(sub);
    PyThreadState_New(interp);
    PyThreadState_New(interp);
    Py_EndInterpreter(sub); /* CPython 3.13: "not the last thread" */
    PyThreadState_Swap(main_ts);
    CHECK(PyInterpreterState_Head() == PyInterpreterState_Main());
    CHECK(Py_FinalizeEx() == 0);
}

/* The engine-backed functions and the error indicator work from the
 * first call after initialization (ctests/objects_cases.c covers them in
 * depth). */
static void case_engine_functions_fail_cleanly(void)
{
    Py_Initialize();
    CHECK(PyErr_Occurred() == NULL);
    PyObject *g = PyDict_New();
    CHECK(g != NULL);
    PyObject *one = PyRun_String("1 // 0", Py_eval_input, g, NULL);
    CHECK(one == NULL && PyErr_Occurred() == PyExc_ZeroDivisionError);
    CHECK(PyErr_ExceptionMatches(PyExc_ArithmeticError) && PyErr_ExceptionMatches(PyExc_Exception));
    CHECK(!PyErr_ExceptionMatches(PyExc_TypeError));
    PyErr_Clear();
    CHECK(Py_CompileString("x = (", "<s>", Py_file_input) == NULL && PyErr_ExceptionMatches(PyExc_SyntaxError));
    PyErr_Clear();
    CHECK(PyLong_AsLong(Py_None) == -1 && PyErr_ExceptionMatches(PyExc_TypeError));
    PyErr_Clear();
    PyErr_SetString(PyExc_KeyError, "k");
    CHECK(PyErr_GivenExceptionMatches(PyErr_Occurred(), PyExc_LookupError));
    PyErr_Clear();
    Py_DECREF(g);
    CHECK(PyBool_FromLong(3) == Py_True && PyBool_FromLong(0) == Py_False);
    CHECK(PyErr_SetInterruptEx(0) == -1 && PyErr_SetInterruptEx(SIGINT) == 0);
    Py_ssize_t before = Py_REFCNT(Py_None);
    Py_IncRef(Py_None);
    Py_INCREF(Py_None);
    Py_DECREF(Py_None);
    Py_DecRef(Py_None);
    CHECK(Py_REFCNT(Py_None) == before); /* immortal */
    CHECK(strcmp(Py_TYPE(Py_None)->tp_name, "NoneType") == 0);
    CHECK(Py_FinalizeEx() == 0);
}

/* --- fork ----------------------------------------------------------------- */

/* Runs fn in a forked child with stderr captured; returns the wait status
 * and copies the child's stderr into err. Fails on a hang (10 s). */
static int run_in_child(void (*fn)(void), char *err, size_t cap)
{
    int fds[2];
    CHECK(pipe(fds) == 0);
    pid_t pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        dup2(fds[1], STDERR_FILENO);
        close(fds[0]);
        fn();
        _exit(0);
    }
    close(fds[1]);
    size_t len = 0;
    struct pollfd p = { .fd = fds[0], .events = POLLIN };
    for (;;) {
        int ready = poll(&p, 1, 10000);
        CHECK(ready > 0); /* the child must not hang */
        ssize_t n = read(fds[0], err + len, cap - 1 - len);
        if (n <= 0) {
            break;
        }
        len += (size_t)n;
    }
    err[len] = '\0';
    close(fds[0]);
    int status;
    CHECK(waitpid(pid, &status, 0) == pid);
    return status;
}

static void child_full_lifecycle(void)
{
    Py_Initialize();
    PyThreadState *main_ts = PyThreadState_Get();
    PyInterpreterConfig c = own_gil_config();
    PyThreadState *ts;
    if (PyStatus_Exception(Py_NewInterpreterFromConfig(&ts, &c))) {
        _exit(3);
    }
    Py_EndInterpreter(ts);
    PyThreadState_Swap(main_ts);
    _exit(Py_FinalizeEx() == 0 ? 0 : 4);
}

static void case_fork_before_engine_load(void)
{
    CHECK(subpy_front_engine_state() == 0); /* linking does not load the engine */
    PyConfig c;
    PyConfig_InitIsolatedConfig(&c); /* configuring does not either */
    CHECK(!PyStatus_Exception(PyConfig_SetString(&c, &c.program_name, L"prefork")));
    CHECK(subpy_front_engine_state() == 0);
    PyConfig_Clear(&c);
    for (int i = 0; i < 3; i++) {
        char err[4096];
        int status = run_in_child(child_full_lifecycle, err, sizeof err);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            fprintf(stderr, "child %d: status %#x, stderr: %s\n", i, status, err);
            exit(1);
        }
    }
    CHECK(subpy_front_engine_state() == 0);
    Py_Initialize(); /* and the parent can still initialize afterwards */
    CHECK(subpy_front_engine_state() == 1);
    CHECK(Py_FinalizeEx() == 0);
}

static void case_fork_dlopen_before_engine_load(void)
{
    void *lib = dlopen("libsubpy.so", RTLD_NOW | RTLD_LOCAL);
    CHECK(lib != NULL);
    int (*state)(void) = (int (*)(void))dlsym(lib, "subpy_front_engine_state");
    CHECK(state != NULL && state() == 0);
    char err[4096];
    int status = run_in_child(child_full_lifecycle, err, sizeof err);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK(state() == 0);
}

static void child_uses_parent_engine(void)
{
    (void)Py_IsInitialized();
    _exit(0);
}

static void case_fork_after_engine_load(void)
{
    Py_Initialize();
    CHECK(subpy_front_engine_state() == 1);
    char err[4096];
    int status = run_in_child(child_uses_parent_engine, err, sizeof err);
    const char *want = "Fatal Python error: Py_IsInitialized: the subpy engine was loaded "
                       "before fork(); initialize in the child\n";
    if (!WIFSIGNALED(status) || WTERMSIG(status) != SIGABRT || strncmp(err, want, strlen(want)) != 0) {
        fprintf(stderr, "child status %#x, stderr: %s\n", status, err);
        exit(1);
    }
    CHECK(Py_FinalizeEx() == 0); /* the parent is unaffected */
}

static void case_fork_exec_after_engine_load(void)
{
    Py_Initialize();
    pid_t pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", "exit 7", (char *)NULL);
        _exit(127);
    }
    int status;
    CHECK(waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 7);
    CHECK(Py_FinalizeEx() == 0);
}
/* A Go panic inside the engine never unwinds into C: the export recovers
 * and reports a fatal error. Provoked by calling the engine directly to
 * attach a thread state that already holds its lock (the front checks this
 * before it ever reaches the engine). */
static void case_engine_panic_becomes_fatal(void)
{
    Py_Initialize();
    Dl_info info;
    CHECK(dladdr((void *)Py_Initialize, &info) != 0);
    char path[4096];
    const char *slash = strrchr(info.dli_fname, '/');
    snprintf(path, sizeof path, "%.*s/libsubpy-engine.so", (int)(slash - info.dli_fname), info.dli_fname);
    void *engine = dlopen(path, RTLD_NOW | RTLD_NOLOAD);
    CHECK(engine != NULL); /* loaded by Py_Initialize */
    void (*attach)(PyThreadState *) = (void (*)(PyThreadState *))dlsym(engine, "subpy_engine_thread_attach");
    CHECK(attach != NULL);
    attach(PyThreadState_Get());
}

/* SUBPY_ENGINE names the engine file: a copy elsewhere is the one loaded. */
static void case_engine_env_override(void)
{
    Dl_info info;
    CHECK(dladdr((void *)Py_Initialize, &info) != 0);
    char src[4096], dst[64], cmd[8300];
    const char *slash = strrchr(info.dli_fname, '/');
    snprintf(src, sizeof src, "%.*s/libsubpy-engine.so", (int)(slash - info.dli_fname), info.dli_fname);
    snprintf(dst, sizeof dst, "/tmp/subpy-engine-copy-%d.so", (int)getpid());
    snprintf(cmd, sizeof cmd, "cp '%s' '%s'", src, dst);
    CHECK(system(cmd) == 0);
    setenv("SUBPY_ENGINE", dst, 1);
    Py_Initialize();
    unlink(dst);
    FILE *maps = fopen("/proc/self/maps", "r");
    CHECK(maps != NULL);
    char line[4096];
    int found = 0;
    while (fgets(line, sizeof line, maps) != NULL) {
        found |= strstr(line, dst) != NULL;
    }
    fclose(maps);
    CHECK(found);
    CHECK(Py_FinalizeEx() == 0);
}

/* libsubpy.so reached through a symlink in another directory still finds
 * the engine next to the real file: this binary re-runs itself with
 * LD_LIBRARY_PATH naming a directory that holds only a symlink. */
static void case_engine_through_symlink_child(void)
{
    if (getenv("SUBPY_LINK_CHILD") == NULL) {
        return; /* only meaningful when engine_through_symlink runs it */
    }
    Dl_info info;
    CHECK(dladdr((void *)Py_Initialize, &info) != 0);
    CHECK(strstr(info.dli_fname, "/subpy-link-") != NULL); /* loaded through the link */
    Py_InitializeEx(0);
    CHECK(Py_IsInitialized());
    CHECK(Py_FinalizeEx() == 0);
}

static void case_engine_through_symlink(void)
{
    Dl_info info;
    CHECK(dladdr((void *)Py_Initialize, &info) != 0);
    char real[4096], dir[64], link[128], cmd[4400];
    CHECK(realpath(info.dli_fname, real) != NULL);
    snprintf(dir, sizeof dir, "/tmp/subpy-link-%d", (int)getpid());
    snprintf(link, sizeof link, "%s/libsubpy.so", dir);
    CHECK(mkdir(dir, 0700) == 0);
    CHECK(symlink(real, link) == 0);
    snprintf(cmd, sizeof cmd,
             "SUBPY_LINK_CHILD=1 LD_LIBRARY_PATH='%s' SUBPY_ENGINE= /proc/%d/exe --run engine_through_symlink_child",
             dir, (int)getpid());
    int rc = system(cmd);
    unlink(link);
    rmdir(dir);
    CHECK(rc == 0);
}

/* A missing engine is an error status, not a crash. */
static void case_engine_missing_status(void)
{
    setenv("SUBPY_ENGINE", "/nonexistent/libsubpy-engine.so", 1);
    PyConfig c;
    PyConfig_InitIsolatedConfig(&c);
    PyStatus s = Py_InitializeFromConfig(&c);
    PyConfig_Clear(&c);
    CHECK(PyStatus_IsError(s) && strcmp(s.func, "Py_InitializeFromConfig") == 0);
    CHECK(strncmp(s.err_msg, "cannot load the subpy engine: /nonexistent/", 43) == 0);
    CHECK(!Py_IsInitialized());
}

static void misuse_engine_missing_initialize(void)
{
    setenv("SUBPY_ENGINE", "/nonexistent/libsubpy-engine.so", 1);
    Py_Initialize();
}
#endif /* SUBPY */

/* --- misuse: each aborts; the driver checks the message ------------------- */

static void misuse_tstate_get_released(void) { Py_Initialize(); PyEval_SaveThread(); PyThreadState_Get(); }
static void misuse_tstate_get_before_init(void) { PyThreadState_Get(); }
static void misuse_interp_get_released(void) { Py_Initialize(); PyEval_SaveThread(); PyInterpreterState_Get(); }
static void misuse_end_not_current(void)
{
    Py_Initialize();
    PyThreadState *m = PyThreadState_Get();
    PyThreadState *s = Py_NewInterpreter();
    PyThreadState_Swap(m);
    Py_EndInterpreter(s);
}
static void misuse_delete_current(void) { Py_Initialize(); PyThreadState_Delete(PyThreadState_Get()); }
static void misuse_delete_current_none(void) { Py_Initialize(); PyEval_SaveThread(); PyThreadState_DeleteCurrent(); }
static void misuse_restore_null(void) { Py_Initialize(); PyEval_RestoreThread(NULL); }
static void misuse_acquire_null(void) { Py_Initialize(); PyEval_AcquireThread(NULL); }
static void misuse_restore_while_attached(void)
{
    Py_Initialize();
    PyEval_RestoreThread(PyThreadState_Get());
}
static void misuse_new_interpreter_before_init(void) { Py_NewInterpreter(); }
static void misuse_fatal_error(void) { Py_Initialize(); Py_FatalError("custom reason"); }
#ifdef SUBPY
static void misuse_save_thread_twice(void) { Py_Initialize(); PyEval_SaveThread(); PyEval_SaveThread(); }
static void misuse_release_thread_wrong(void)
{
    Py_Initialize();
    PyThreadState *t = PyThreadState_New(PyInterpreterState_Get());
    PyEval_ReleaseThread(t);
}
static void misuse_err_occurred_released(void) { Py_Initialize(); PyEval_SaveThread(); PyErr_Occurred(); }
static void misuse_run_string_released(void) { Py_Initialize(); PyEval_SaveThread(); PyRun_SimpleString("pass"); }
static void misuse_end_main(void) { Py_Initialize(); Py_EndInterpreter(PyThreadState_Get()); }
static void misuse_end_null(void) { Py_Initialize(); Py_EndInterpreter(NULL); }
#endif
/* --- running Python source (PyRun_SimpleString*, PyRun_SimpleFile*) ------- */

/* Redirects fd (1 or 2) into a fresh temporary file until capture_end,
 * which returns what was written (malloc'd). Initialization and
 * finalization happen inside the capture: CPython flushes its buffered
 * sys.stdout only at finalization. */
struct capture {
    int fd, saved;
    char path[64];
};

static void capture_begin(struct capture *c, int fd)
{
    fflush(NULL);
    c->fd = fd;
    snprintf(c->path, sizeof c->path, "/tmp/embed_capture_XXXXXX");
    int tmp = mkstemp(c->path);
    CHECK(tmp >= 0);
    c->saved = dup(fd);
    CHECK(c->saved >= 0 && dup2(tmp, fd) == fd);
    close(tmp);
}

static char *read_whole_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    CHECK(f != NULL);
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    CHECK(buf != NULL);
    size_t n;
    while ((n = fread(buf + len, 1, cap - 1 - len, f)) > 0) {
        len += n;
        CHECK(len < cap - 1);
    }
    buf[len] = '\0';
    fclose(f);
    return buf;
}

static char *capture_end(struct capture *c)
{
    fflush(NULL);
    CHECK(dup2(c->saved, c->fd) == c->fd);
    close(c->saved);
    char *text = read_whole_file(c->path);
    unlink(c->path);
    return text;
}

/* Checks captured text against the expectation, showing both on failure. */
#define CHECK_TEXT(got, want) \
    do { \
        if (strcmp((got), (want)) != 0) { \
            fprintf(stderr, "%s:%d: text differs\n--- got\n%s--- want\n%s---\n", __FILE__, __LINE__, \
                    (got), (want)); \
            exit(1); \
        } \
    } while (0)

static void case_run_simple_string(void)
{
    struct capture out, err;
    capture_begin(&out, STDOUT_FILENO);
    capture_begin(&err, STDERR_FILENO);
    Py_Initialize();
    CHECK(PyRun_SimpleString("x = 6 * 7\nprint('x is', x)\n") == 0);
    /* __main__ keeps its globals from one call to the next. */
    CHECK(PyRun_SimpleString("print(x + 1, __name__)") == 0);
    CHECK(PyRun_SimpleStringFlags("words = [w.upper() for w in 'a bc def'.split()]\n"
                                  "print(len(words), words)", NULL) == 0);
    /* An uncaught exception: the traceback on stderr (no source lines: a
     * "<string>" has none), -1, and the error indicator is clear. */
    CHECK(PyRun_SimpleString("def f(a):\n    return a[3]\n\nf([1])\n") == -1);
    CHECK(PyErr_Occurred() == NULL);
    CHECK(PyRun_SimpleString("try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('bad') from e\n") == -1);
    CHECK(PyRun_SimpleString("print('still running', x)") == 0);
    CHECK(Py_FinalizeEx() == 0);
    char *o = capture_end(&out);
    char *e = capture_end(&err);
    CHECK_TEXT(o, "x is 42\n43 __main__\n3 ['A', 'BC', 'DEF']\nstill running 42\n");
    CHECK_TEXT(e,
               "Traceback (most recent call last):\n"
               "  File \"<string>\", line 4, in <module>\n"
               "  File \"<string>\", line 2, in f\n"
               "IndexError: list index out of range\n"
               "Traceback (most recent call last):\n"
               "  File \"<string>\", line 2, in <module>\n"
               "KeyError: 'k'\n"
               "\n"
               "The above exception was the direct cause of the following exception:\n"
               "\n"
               "Traceback (most recent call last):\n"
               "  File \"<string>\", line 4, in <module>\n"
               "ValueError: bad\n");
    free(o);
    free(e);
}

static void case_run_syntax_errors(void)
{
    struct capture err;
    capture_begin(&err, STDERR_FILENO);
    Py_Initialize();
    CHECK(PyRun_SimpleString("x = (1,\n") == -1);                 /* parser */
    CHECK(PyRun_SimpleString("def f(:\n    pass\n") == -1);
    CHECK(PyRun_SimpleString("if True:\nprint(1)\n") == -1);      /* IndentationError */
    CHECK(PyRun_SimpleString("a = 1\nb = 2 +* 3\n") == -1);
    CHECK(PyRun_SimpleString("print('ok')\nreturn 5\n") == -1);   /* compiler: no text for <string> */
    CHECK(PyRun_SimpleString("nonlocal x\n") == -1);              /* symtable */
    CHECK(PyErr_Occurred() == NULL);
    CHECK(Py_FinalizeEx() == 0);
    char *e = capture_end(&err);
    CHECK_TEXT(e,
               "  File \"<string>\", line 1\n"
               "    x = (1,\n"
               "        ^\n"
               "SyntaxError: '(' was never closed\n"
               "  File \"<string>\", line 1\n"
               "    def f(:\n"
               "          ^\n"
               "SyntaxError: invalid syntax\n"
               "  File \"<string>\", line 2\n"
               "    print(1)\n"
               "    ^^^^^\n"
               "IndentationError: expected an indented block after 'if' statement on line 1\n"
               "  File \"<string>\", line 2\n"
               "    b = 2 +* 3\n"
               "           ^\n"
               "SyntaxError: invalid syntax\n"
               "  File \"<string>\", line 2\n"
               "SyntaxError: 'return' outside function\n"
               "  File \"<string>\", line 1\n"
               "SyntaxError: nonlocal declaration not allowed at module level\n");
    free(e);
}

/* Writes a temporary script; returns its path in path. */
static void write_script(char *path, size_t cap, const char *text)
{
    snprintf(path, cap, "/tmp/embed_script_XXXXXX.py");
    int fd = mkstemps(path, 3);
    CHECK(fd >= 0);
    CHECK(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
    close(fd);
}

/* A script file: __file__ is set while it runs and removed afterwards,
 * the traceback shows its source lines with CPython 3.13's carets, and a
 * compiler SyntaxError in a file shows the file's line. */
static void case_run_simple_file(void)
{
    char ok_path[64], fail_path[64], syntax_path[64], text[512];
    /* The script compares __file__ with its own path: write it twice. */
    write_script(ok_path, sizeof ok_path, "");
    snprintf(text, sizeof text,
             "def half(n):\n"
             "    return n // 2\n"
             "print('file', __file__ == '%s', half(11))\n",
             ok_path);
    FILE *w = fopen(ok_path, "w");
    CHECK(w != NULL && fputs(text, w) >= 0 && fclose(w) == 0);
    write_script(fail_path, sizeof fail_path,
                 "def ratio(a, b):\n"
                 "    return a / b\n"
                 "total = 0\n"
                 "for i in range(4):\n"
                 "    total += i\n"
                 "print(total, ratio(total, total - 6))\n");
    write_script(syntax_path, sizeof syntax_path, "x = 1\nreturn x\n");

    struct capture out, err;
    capture_begin(&out, STDOUT_FILENO);
    capture_begin(&err, STDERR_FILENO);
    Py_Initialize();
    FILE *fp = fopen(ok_path, "r");
    CHECK(fp != NULL);
    CHECK(PyRun_SimpleFileExFlags(fp, ok_path, 1, NULL) == 0); /* closes fp */
    fp = fopen(fail_path, "r");
    CHECK(fp != NULL);
    CHECK(PyRun_SimpleFile(fp, fail_path) == -1); /* leaves fp open */
    CHECK(fclose(fp) == 0);
    fp = fopen(syntax_path, "r");
    CHECK(fp != NULL);
    CHECK(PyRun_SimpleFileEx(fp, syntax_path, 1) == -1);
    CHECK(PyRun_SimpleString("try:\n    __file__\nexcept NameError:\n    print('no __file__ now', total, half(7))\n") == 0);
    CHECK(Py_FinalizeEx() == 0);
    char *o = capture_end(&out);
    char *e = capture_end(&err);
    CHECK_TEXT(o, "file True 5\nno __file__ now 6 3\n");
    char want[2048];
    snprintf(want, sizeof want,
             "Traceback (most recent call last):\n"
             "  File \"%s\", line 6, in <module>\n"
             "    print(total, ratio(total, total - 6))\n"
             "                 ~~~~~^^^^^^^^^^^^^^^^^^\n"
             "  File \"%s\", line 2, in ratio\n"
             "    return a / b\n"
             "           ~~^~~\n"
             "ZeroDivisionError: division by zero\n"
             "  File \"%s\", line 2\n"
             "    return x\n"
             "    ^^^^^^^^\n"
             "SyntaxError: 'return' outside function\n",
             fail_path, fail_path, syntax_path);
    CHECK_TEXT(e, want);
    free(o);
    free(e);
    unlink(ok_path);
    unlink(fail_path);
    unlink(syntax_path);
}

/* SystemExit ends the process as CPython's PyErr_Print does: Py_Exit
 * finalizes (flushing stdout, running the Py_AtExit callbacks) and exits
 * with the code. The callback finds the captured stdout through the
 * environment (no global). */
static void exit_atexit_check(void)
{
    fflush(stdout);
    const char *path = getenv("EMBED_EXIT_STDOUT");
    CHECK(path != NULL);
    char *o = read_whole_file(path);
    unlink(path);
    fprintf(stderr, "atexit: stdout was %s", o);
    free(o);
}

static void run_system_exit(const char *code)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/embed_exit_XXXXXX");
    int tmp = mkstemp(path);
    CHECK(tmp >= 0 && dup2(tmp, STDOUT_FILENO) == STDOUT_FILENO);
    close(tmp);
    CHECK(setenv("EMBED_EXIT_STDOUT", path, 1) == 0);
    Py_Initialize();
    CHECK(Py_AtExit(exit_atexit_check) == 0);
    CHECK(PyRun_SimpleString("print('before exit')") == 0);
    PyRun_SimpleString(code);
    fprintf(stderr, "PyRun_SimpleString returned after SystemExit\n");
    exit(99);
}

static void case_run_system_exit_code(void) { run_system_exit("def f():\n    raise SystemExit(7)\nf()\n"); }
static void case_run_system_exit_message(void) { run_system_exit("raise SystemExit('bye now')"); }
static void case_run_system_exit_none(void) { run_system_exit("raise SystemExit"); }

/* The main interpreter and OWN_GIL subinterpreters on several threads run
 * code at the same time; each has its own __main__ (a global set in one
 * is not visible in another) and prints its own result. */
enum { RUN_THREADS = 4 };
struct run_shared {
    pthread_barrier_t barrier;
    int results[RUN_THREADS];
};
struct run_arg {
    struct run_shared *shared;
    int n;
};

static void *run_worker(void *p)
{
    struct run_arg *arg = p;
    int n = arg->n;
    PyInterpreterConfig c = own_gil_config();
    PyThreadState *ts = NULL;
    CHECK(!PyStatus_Exception(Py_NewInterpreterFromConfig(&ts, &c)));
    pthread_barrier_wait(&arg->shared->barrier); /* all interpreters exist: run together */
    char code[512];
    snprintf(code, sizeof code,
             "me = %d\n"
             "def work(k):\n"
             "    acc = 0\n"
             "    for i in range(k):\n"
             "        acc = (acc + i * me) %% 1000003\n"
             "    return acc\n"
             "result = work(200000 + me)\n",
             n);
    int rc = PyRun_SimpleString(code);
    rc |= PyRun_SimpleString("try:\n    shared\n    print('interp', me, 'sees shared')\n"
                             "except NameError:\n    print('interp', me, 'isolated', result)\n");
    rc |= PyRun_SimpleString("print('interp', me, 'keeps me', me == int(str(me)))");
    arg->shared->results[n] = rc;
    Py_EndInterpreter(ts);
    return NULL;
}

static void case_run_interpreters_threads(void)
{
    struct capture out;
    capture_begin(&out, STDOUT_FILENO);
    Py_Initialize();
    CHECK(PyRun_SimpleString("shared = 'main only'\nme = 'main'") == 0);
    PyThreadState *main_ts = PyEval_SaveThread();
    struct run_shared shared = { .results = { 0 } };
    struct run_arg args[RUN_THREADS];
    pthread_barrier_init(&shared.barrier, NULL, RUN_THREADS);
    pthread_t threads[RUN_THREADS];
    for (int i = 0; i < RUN_THREADS; i++) {
        args[i] = (struct run_arg){ &shared, i };
        CHECK(pthread_create(&threads[i], NULL, run_worker, &args[i]) == 0);
    }
    for (int i = 0; i < RUN_THREADS; i++) {
        pthread_join(threads[i], NULL);
        CHECK(shared.results[i] == 0);
    }
    pthread_barrier_destroy(&shared.barrier);
    PyEval_RestoreThread(main_ts);
    CHECK(PyRun_SimpleString("print(me, shared)") == 0);
    CHECK(Py_FinalizeEx() == 0);
    char *o = capture_end(&out);
    int lines = 0;
    for (const char *p = o; *p; p++) {
        lines += *p == '\n';
    }
    CHECK(lines == 2 * RUN_THREADS + 1);
    for (int n = 0; n < RUN_THREADS; n++) {
        long acc = 0;
        for (long i = 0; i < 200000 + n; i++) {
            acc = (acc + i * n) % 1000003;
        }
        char want[128];
        snprintf(want, sizeof want, "interp %d isolated %ld\n", n, acc);
        CHECK(strstr(o, want) != NULL);
        snprintf(want, sizeof want, "interp %d keeps me True\n", n);
        CHECK(strstr(o, want) != NULL);
    }
    CHECK(strstr(o, "main main only\n") != NULL);
    free(o);
}

/* --- the table ------------------------------------------------------------ */

enum expect { EXPECT_OK, EXPECT_ABORT, EXPECT_EXIT1, EXPECT_SIGPIPE, EXPECT_EXIT7 };
enum where { ORACLE, SUBPY_ONLY };

struct test_case {
    const char *name;
    void (*run)(void);
    enum where where;
    enum expect expect;
    const char *stderr_prefix; /* first line of stderr starts with this */
};

static const struct test_case cases[] = {
    { "init_finalize_reinit", case_init_finalize_reinit, ORACLE, EXPECT_OK, NULL },
    { "finalize_from_subinterpreter", case_finalize_from_subinterpreter, ORACLE, EXPECT_OK, NULL },
    { "atexit", case_atexit, ORACLE, EXPECT_OK, NULL },
    { "atexit_before_init", case_atexit_before_init, ORACLE, EXPECT_OK, NULL },
    { "struct_layout", case_struct_layout, ORACLE, EXPECT_OK, NULL },
    { "data_symbols_canonical", case_data_symbols_canonical, ORACLE, EXPECT_OK, NULL },
    { "extra_api", case_extra_api, ORACLE, EXPECT_OK, NULL },
    { "config_parse_argv", case_config_parse_argv, ORACLE, EXPECT_OK, NULL },
    { "config_parse_argv_bogus", case_config_parse_argv_bogus, ORACLE, EXPECT_OK,
      "unknown option --definitely-bogus\nusage: prog [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
      "Try `python -h' for more information.\nArgument expected for the -c option\n" },
    { "config_read_env", case_config_read_env, ORACLE, EXPECT_OK, NULL },
    { "signals_installed", case_signals_installed, ORACLE, EXPECT_OK, NULL },
    { "signals_host_ignored", case_signals_host_ignored, ORACLE, EXPECT_OK, NULL },
    { "signals_not_installed", case_signals_not_installed, ORACLE, EXPECT_OK, NULL },
    { "signals_sigpipe_default_kills", case_signals_sigpipe_default_kills, ORACLE, EXPECT_SIGPIPE, NULL },
    { "status_helpers", case_status_helpers, ORACLE, EXPECT_OK, NULL },
    { "config_defaults", case_config_defaults, ORACLE, EXPECT_OK, NULL },
    { "config_setters_and_init", case_config_setters_and_init, ORACLE, EXPECT_OK, NULL },
    { "interp_config_matrix", case_interp_config_matrix, ORACLE, EXPECT_OK, NULL },
    { "new_interpreter_before_init_status", case_new_interpreter_before_init_status, ORACLE, EXPECT_OK, NULL },
    { "create_end_1000", case_create_end_1000, SUBPY_ONLY, EXPECT_OK, NULL },
    { "run_simple_string", case_run_simple_string, ORACLE, EXPECT_OK, NULL },
    { "run_syntax_errors", case_run_syntax_errors, ORACLE, EXPECT_OK, NULL },
    { "run_simple_file", case_run_simple_file, ORACLE, EXPECT_OK, NULL },
    { "run_system_exit_code", case_run_system_exit_code, ORACLE, EXPECT_EXIT7,
      "atexit: stdout was before exit\n" },
    { "run_system_exit_message", case_run_system_exit_message, ORACLE, EXPECT_EXIT1,
      "bye now\natexit: stdout was before exit\n" },
    { "run_system_exit_none", case_run_system_exit_none, ORACLE, EXPECT_OK,
      "atexit: stdout was before exit\n" },
    { "run_interpreters_threads", case_run_interpreters_threads, ORACLE, EXPECT_OK, NULL },
    { "threads_own_gil_8", case_threads_own_gil_8, ORACLE, EXPECT_OK, NULL },
    { "threads_take_turns", case_threads_take_turns, ORACLE, EXPECT_OK, NULL },
    { "swap_several_on_one_thread", case_swap_several_on_one_thread, ORACLE, EXPECT_OK, NULL },
    { "thread_state_api", case_thread_state_api, ORACLE, EXPECT_OK, NULL },
    { "gilstate_host_threads", case_gilstate_host_threads, ORACLE, EXPECT_OK, NULL },
    { "gilstate_before_init", case_gilstate_before_init, ORACLE, EXPECT_OK, NULL },
    { "gilstate_binds_on_attach", case_gilstate_binds_on_attach, ORACLE, EXPECT_OK, NULL },
#ifdef SUBPY
    { "gilstate_subinterpreter_rule", case_gilstate_subinterpreter_rule, SUBPY_ONLY, EXPECT_OK, NULL },
    { "gilstate_forgets_after_reinit", case_gilstate_forgets_after_reinit, SUBPY_ONLY, EXPECT_OK, NULL },
    { "end_interpreter_clears_idle_threads", case_end_interpreter_clears_idle_threads, SUBPY_ONLY, EXPECT_OK, NULL },
    { "engine_functions_fail_cleanly", case_engine_functions_fail_cleanly, ORACLE, EXPECT_OK, NULL },
    { "fork_before_engine_load", case_fork_before_engine_load, SUBPY_ONLY, EXPECT_OK, NULL },
    { "atexit_then_fork", case_atexit_then_fork, SUBPY_ONLY, EXPECT_OK, NULL },
    { "fork_dlopen_before_engine_load", case_fork_dlopen_before_engine_load, SUBPY_ONLY, EXPECT_OK, NULL },
    { "fork_after_engine_load", case_fork_after_engine_load, SUBPY_ONLY, EXPECT_OK, NULL },
    { "fork_exec_after_engine_load", case_fork_exec_after_engine_load, SUBPY_ONLY, EXPECT_OK, NULL },
    { "engine_env_override", case_engine_env_override, SUBPY_ONLY, EXPECT_OK, NULL },
    { "engine_missing_status", case_engine_missing_status, SUBPY_ONLY, EXPECT_OK, NULL },
    { "engine_through_symlink", case_engine_through_symlink, SUBPY_ONLY, EXPECT_OK, NULL },
    { "engine_through_symlink_child", case_engine_through_symlink_child, SUBPY_ONLY, EXPECT_OK, NULL },
    { "misuse_engine_missing_initialize", misuse_engine_missing_initialize, SUBPY_ONLY, EXPECT_EXIT1,
      "Fatal Python error: Py_InitializeFromConfig: cannot load the subpy engine: /nonexistent/" },
    { "engine_panic_becomes_fatal", case_engine_panic_becomes_fatal, SUBPY_ONLY, EXPECT_ABORT,
      "Fatal Python error: PyEval_RestoreThread: internal error in the subpy engine: "
      "statestruct: Lock.Acquire by the thread that holds it\n" },
#endif
    { "misuse_tstate_get_released", misuse_tstate_get_released, ORACLE, EXPECT_ABORT,
      "Fatal Python error: PyThreadState_Get: " NO_TSTATE_MSG "\n" },
    { "misuse_tstate_get_before_init", misuse_tstate_get_before_init, ORACLE, EXPECT_ABORT,
      "Fatal Python error: PyThreadState_Get: " NO_TSTATE_MSG "\nPython runtime state: unknown\n" },
    { "misuse_interp_get_released", misuse_interp_get_released, ORACLE, EXPECT_ABORT,
      "Fatal Python error: PyInterpreterState_Get: " NO_TSTATE_MSG "\n" },
    { "misuse_end_not_current", misuse_end_not_current, ORACLE, EXPECT_ABORT,
      "Fatal Python error: Py_EndInterpreter: thread is not current\nPython runtime state: initialized\n" },
    { "misuse_delete_current", misuse_delete_current, ORACLE, EXPECT_ABORT,
      "Fatal Python error: PyThreadState_Delete: tstate 0x" },
    { "misuse_delete_current_none", misuse_delete_current_none, ORACLE, EXPECT_ABORT,
      "Fatal Python error: _PyThreadState_DeleteCurrent: " NO_TSTATE_MSG "\n" },
    { "misuse_restore_null", misuse_restore_null, ORACLE, EXPECT_ABORT,
      "Fatal Python error: PyEval_RestoreThread: " NO_TSTATE_MSG "\n" },
    { "misuse_acquire_null", misuse_acquire_null, ORACLE, EXPECT_ABORT,
      "Fatal Python error: PyEval_AcquireThread: " NO_TSTATE_MSG "\n" },
    { "misuse_restore_while_attached", misuse_restore_while_attached, ORACLE, EXPECT_ABORT,
      "Fatal Python error: _PyThreadState_Attach: non-NULL old thread state\n" },
    { "misuse_new_interpreter_before_init", misuse_new_interpreter_before_init, ORACLE, EXPECT_EXIT1,
      "Fatal Python error: new_interpreter: Py_Initialize must be called first\n" },
    { "misuse_fatal_error", misuse_fatal_error, ORACLE, EXPECT_ABORT,
      "Fatal Python error: misuse_fatal_error: custom reason\n" },
    { "misuse_gilstate_release_detached", misuse_gilstate_release_detached, ORACLE, EXPECT_ABORT,
      "Fatal Python error: PyGILState_Release: thread state 0x" },
    { "misuse_gilstate_release_fresh_thread", misuse_gilstate_release_fresh_thread, ORACLE, EXPECT_ABORT,
      "Fatal Python error: PyGILState_Release: auto-releasing thread-state, but no thread-state for this thread\n" },
    { "misuse_exit_status_ok", misuse_exit_status_ok, ORACLE, EXPECT_ABORT,
      "Fatal Python error: Py_ExitStatusException() must not be called on success\n" },
#ifdef SUBPY
    /* CPython 3.13 crashes or misbehaves on these; subpy names the misuse. */
    { "misuse_save_thread_twice", misuse_save_thread_twice, SUBPY_ONLY, EXPECT_ABORT,
      "Fatal Python error: PyEval_SaveThread: " NO_TSTATE_MSG "\n" },
    { "misuse_release_thread_wrong", misuse_release_thread_wrong, SUBPY_ONLY, EXPECT_ABORT,
      "Fatal Python error: PyEval_ReleaseThread: wrong thread state\n" },
    { "misuse_err_occurred_released", misuse_err_occurred_released, SUBPY_ONLY, EXPECT_ABORT,
      "Fatal Python error: PyErr_Occurred: " NO_TSTATE_MSG "\n" },
    { "misuse_run_string_released", misuse_run_string_released, SUBPY_ONLY, EXPECT_ABORT,
      "Fatal Python error: PyRun_SimpleStringFlags: " NO_TSTATE_MSG "\n" },
    { "misuse_end_main", misuse_end_main, SUBPY_ONLY, EXPECT_ABORT,
      "Fatal Python error: Py_EndInterpreter: cannot end the main interpreter (use Py_FinalizeEx)\n" },
    { "misuse_end_null", misuse_end_null, SUBPY_ONLY, EXPECT_ABORT,
      "Fatal Python error: Py_EndInterpreter: NULL thread state\n" },
    /* CPython 3.13 hangs (finalize) or crashes later (delete, stale). */
    { "misuse_finalize_with_attached_elsewhere", misuse_finalize_with_attached_elsewhere, SUBPY_ONLY,
      EXPECT_ABORT, "Fatal Python error: Py_FinalizeEx: thread state 0x" },
    { "misuse_delete_attached_elsewhere", misuse_delete_attached_elsewhere, SUBPY_ONLY, EXPECT_ABORT,
      "Fatal Python error: PyThreadState_Delete: tstate 0x" },
    { "misuse_restore_freed_tstate", misuse_restore_freed_tstate, SUBPY_ONLY, EXPECT_ABORT,
      "Fatal Python error: PyEval_RestoreThread: thread state 0x" },
    { "misuse_get_interpreter_deleted", misuse_get_interpreter_deleted, SUBPY_ONLY, EXPECT_ABORT,
      "Fatal Python error: PyThreadState_GetInterpreter: thread state 0x" },
    { "misuse_interp_id_ended", misuse_interp_id_ended, SUBPY_ONLY, EXPECT_ABORT,
      "Fatal Python error: PyInterpreterState_GetID: interpreter 0x" },
#endif
};
enum { NUM_CASES = sizeof cases / sizeof cases[0] };

/* --- the driver ------------------------------------------------------------ */

static int runs_here(const struct test_case *c)
{
#ifdef SUBPY
    (void)c;
    return 1;
#else
    return c->where == ORACLE;
#endif
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Runs one case in a child process (this binary with --run) and checks it.
 * Returns 1 when it passed. */
static int drive(const struct test_case *c)
{
    int fds[2];
    CHECK(pipe(fds) == 0);
    double start = now_seconds();
    pid_t pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        dup2(fds[1], STDERR_FILENO);
        close(fds[0]);
        close(fds[1]);
        execl("/proc/self/exe", "embed_cases", "--run", c->name, (char *)NULL);
        _exit(126);
    }
    close(fds[1]);
    static char err[1 << 16];
    size_t len = 0;
    int timed_out = 0;
    struct pollfd p = { .fd = fds[0], .events = POLLIN };
    for (;;) {
        int ready = poll(&p, 1, 120000);
        if (ready <= 0) {
            timed_out = 1;
            kill(pid, SIGKILL);
            break;
        }
        ssize_t n = read(fds[0], err + len, sizeof err - 1 - len);
        if (n <= 0) {
            break;
        }
        len += (size_t)n;
    }
    err[len] = '\0';
    close(fds[0]);
    int status;
    waitpid(pid, &status, 0);
    double elapsed = now_seconds() - start;

    const char *why = NULL;
    if (timed_out) {
        why = "timed out (hang?)";
    } else if (c->expect == EXPECT_OK && !(WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
        why = "expected exit status 0";
    } else if (c->expect == EXPECT_ABORT && !(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT)) {
        why = "expected abort (SIGABRT)";
    } else if (c->expect == EXPECT_SIGPIPE && !(WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE)) {
        why = "expected death by SIGPIPE";
    } else if (c->expect == EXPECT_EXIT1 && !(WIFEXITED(status) && WEXITSTATUS(status) == 1)) {
        why = "expected exit status 1";
    } else if (c->expect == EXPECT_EXIT7 && !(WIFEXITED(status) && WEXITSTATUS(status) == 7)) {
        why = "expected exit status 7";
    } else if (c->stderr_prefix != NULL && strncmp(err, c->stderr_prefix, strlen(c->stderr_prefix)) != 0) {
        why = "unexpected stderr";
    }
    if (why == NULL) {
        printf("ok    %-40s %.3fs\n", c->name, elapsed);
        return 1;
    }
    printf("FAIL  %-40s %s (wait status %#x)\n", c->name, why, status);
    if (c->stderr_prefix != NULL) {
        printf("      want stderr starting: %s\n", c->stderr_prefix);
    }
    printf("      got stderr: %s\n", len ? err : "(empty)");
    return 0;
}

static const struct test_case *find_case(const char *name)
{
    for (int i = 0; i < NUM_CASES; i++) {
        if (strcmp(cases[i].name, name) == 0) {
            return &cases[i];
        }
    }
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--run") == 0) {
        const struct test_case *c = find_case(argv[2]);
        if (c == NULL) {
            fprintf(stderr, "no case %s\n", argv[2]);
            return 2;
        }
        c->run();
        fflush(stdout);
        return 0;
    }
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (int i = 0; i < NUM_CASES; i++) {
            if (runs_here(&cases[i])) {
                printf("%s\n", cases[i].name);
            }
        }
        return 0;
    }
    int failed = 0, ran = 0;
    if (argc > 1) {
        for (int i = 1; i < argc; i++) {
            const struct test_case *c = find_case(argv[i]);
            if (c == NULL) {
                fprintf(stderr, "no case %s\n", argv[i]);
                return 2;
            }
            ran++;
            failed += !drive(c);
        }
    } else {
        for (int i = 0; i < NUM_CASES; i++) {
            if (runs_here(&cases[i])) {
                ran++;
                failed += !drive(&cases[i]);
            }
        }
    }
    printf("%d cases, %d failed\n", ran, failed);
    return failed ? 1 : 0;
}
