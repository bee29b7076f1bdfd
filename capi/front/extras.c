/* The smaller parts of the embedding API: memory, locale encoding,
 * pre-initialization, thread identifiers and the deprecated setters.
 * Plain C: none of them loads the engine. */
#include "front.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <wchar.h>

/* --- memory: the C library's allocator; 0 bytes → a distinct pointer ----- */

void *PyMem_RawMalloc(size_t size)
{
    return malloc(size == 0 ? 1 : size);
}

void *PyMem_RawCalloc(size_t nelem, size_t elsize)
{
    if (nelem == 0 || elsize == 0) {
        nelem = 1;
        elsize = 1;
    }
    return calloc(nelem, elsize);
}

void *PyMem_RawRealloc(void *ptr, size_t new_size)
{
    return realloc(ptr, new_size == 0 ? 1 : new_size);
}

void PyMem_RawFree(void *ptr)
{
    free(ptr);
}

void *PyMem_Malloc(size_t size)
{
    return PyMem_RawMalloc(size);
}

void *PyMem_Calloc(size_t nelem, size_t elsize)
{
    return PyMem_RawCalloc(nelem, elsize);
}

void *PyMem_Realloc(void *ptr, size_t new_size)
{
    return PyMem_RawRealloc(ptr, new_size);
}

void PyMem_Free(void *ptr)
{
    free(ptr);
}

/* --- locale encoding -------------------------------------------------------- */

wchar_t *Py_DecodeLocale(const char *arg, size_t *size)
{
    wchar_t *w = subpy_decode_locale(arg);
    if (size != NULL) {
        *size = w == NULL ? (size_t)-1 : wcslen(w);
    }
    return w;
}

char *Py_EncodeLocale(const wchar_t *text, size_t *error_pos)
{
    size_t n = wcslen(text);
    char *out = PyMem_Malloc(n * MB_LEN_MAX + 1);
    if (out == NULL) {
        if (error_pos != NULL) {
            *error_pos = (size_t)-1;
        }
        return NULL;
    }
    mbstate_t state;
    memset(&state, 0, sizeof state);
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        wchar_t c = text[i];
        if (c >= 0xDC80 && c <= 0xDCFF) {
            out[len++] = (char)(c - 0xDC00); /* surrogateescape */
            continue;
        }
        size_t used = wcrtomb(out + len, c, &state);
        if (used == (size_t)-1) {
            PyMem_Free(out);
            if (error_pos != NULL) {
                *error_pos = i;
            }
            return NULL;
        }
        len += used;
    }
    out[len] = '\0';
    if (error_pos != NULL) {
        *error_pos = (size_t)-1;
    }
    return out;
}

/* --- pre-initialization ---------------------------------------------------- */

PyStatus Py_PreInitialize(const PyPreConfig *src_config)
{
    if (src_config == NULL) {
        return (PyStatus){ ._type = _PyStatus_TYPE_ERROR, .func = "_Py_PreInitializeFromPyArgv",
                           .err_msg = "preinitialization config is NULL" };
    }
    return PyStatus_Ok();
}

PyStatus Py_PreInitializeFromBytesArgs(const PyPreConfig *src_config, Py_ssize_t argc, char **argv)
{
    (void)argc;
    (void)argv;
    return Py_PreInitialize(src_config);
}

PyStatus Py_PreInitializeFromArgs(const PyPreConfig *src_config, Py_ssize_t argc, wchar_t **argv)
{
    (void)argc;
    (void)argv;
    return Py_PreInitialize(src_config);
}

void PyEval_InitThreads(void)
{
}

/* --- thread identifiers ----------------------------------------------------- */

unsigned long PyThread_get_thread_ident(void)
{
    return (unsigned long)pthread_self();
}

unsigned long long PyThread_get_thread_ident_ex(void)
{
    return (unsigned long long)pthread_self();
}

unsigned long PyThread_get_thread_native_id(void)
{
    return (unsigned long)syscall(SYS_gettid);
}

/* --- thread and interpreter state extras ------------------------------------ */

PyObject *PyThreadState_GetDict(void)
{
    return NULL; /* documented: NULL without an exception = no dictionary */
}

int PyThreadState_SetAsyncExc(unsigned long id, PyObject *exc)
{
    (void)id;
    (void)exc;
    subpy_err_no_engine("PyThreadState_SetAsyncExc");
    return -1;
}

PyInterpreterState *PyInterpreterState_New(void)
{
    subpy_err_no_engine("PyInterpreterState_New");
    return NULL;
}

static void not_from_new(const char *func, PyInterpreterState *interp)
{
    char msg[160];
    snprintf(msg, sizeof msg,
             "interpreter %p was not created by PyInterpreterState_New (end it with Py_EndInterpreter)",
             (void *)interp);
    subpy_fatal(func, msg);
}

void PyInterpreterState_Clear(PyInterpreterState *interp)
{
    not_from_new("PyInterpreterState_Clear", interp);
}

void PyInterpreterState_Delete(PyInterpreterState *interp)
{
    not_from_new("PyInterpreterState_Delete", interp);
}

/* --- sys.argv ---------------------------------------------------------------- */

/* A str from a wide string. */
static PyObject *str_from_wide(const wchar_t *w)
{
    return PyUnicode_FromWideChar(w, -1);
}

/* sys.path[0] for argv[0], as CPython 3.13 computes it: "" for no
 * argument, "" and "-c"; the current directory for "-m"; else the
 * directory of the script's real path ("" when it has none). */
static PyObject *path0_of(int argc, wchar_t **argv)
{
    if (argc <= 0 || argv[0] == NULL || argv[0][0] == L'\0' || wcscmp(argv[0], L"-c") == 0) {
        return PyUnicode_FromString("");
    }
    char cwd[PATH_MAX];
    if (wcscmp(argv[0], L"-m") == 0) {
        return PyUnicode_FromString(getcwd(cwd, sizeof cwd) != NULL ? cwd : "");
    }
    PyObject *arg = str_from_wide(argv[0]);
    const char *path = arg == NULL ? NULL : PyUnicode_AsUTF8(arg);
    if (path == NULL) {
        Py_XDECREF(arg);
        return NULL;
    }
    char real[PATH_MAX];
    const char *p = realpath(path, real) != NULL ? real : path;
    const char *slash = strrchr(p, '/');
    PyObject *r = slash == NULL ? PyUnicode_FromString("")
                                : PyUnicode_FromStringAndSize(p, slash == p ? 1 : (Py_ssize_t)(slash - p));
    Py_DECREF(arg);
    return r;
}

static void set_argv(int argc, wchar_t **argv, int updatepath)
{
    subpy_tstate_require("PySys_SetArgvEx");
    PyObject *list = PyList_New(0);
    PyObject *empty = PyUnicode_FromString("");
    if (list == NULL || empty == NULL) {
        subpy_fatal("PySys_SetArgvEx", "no mem for sys.argv");
    }
    if (argc <= 0 || argv == NULL) {
        PyList_Append(list, empty);
    }
    for (int i = 0; argv != NULL && i < argc; i++) {
        PyObject *arg = str_from_wide(argv[i]);
        if (arg == NULL || PyList_Append(list, arg) < 0) {
            subpy_fatal("PySys_SetArgvEx", "can't compute sys.argv");
        }
        Py_DECREF(arg);
    }
    if (PySys_SetObject("argv", list) < 0) {
        subpy_fatal("PySys_SetArgvEx", "can't assign sys.argv");
    }
    Py_DECREF(list);
    Py_DECREF(empty);
    if (updatepath) {
        PyObject *path0 = path0_of(argc, argv);
        PyObject *path = PySys_GetObject("path");
        if (path0 == NULL || path == NULL || PyList_Insert(path, 0, path0) < 0) {
            subpy_fatal("PySys_SetArgvEx", "can't prepend path0 to sys.path");
        }
        Py_DECREF(path0);
    }
}

void PySys_SetArgvEx(int argc, wchar_t **argv, int updatepath)
{
    set_argv(argc, argv, updatepath);
}

void PySys_SetArgv(int argc, wchar_t **argv)
{
    set_argv(argc, argv, 1);
}
