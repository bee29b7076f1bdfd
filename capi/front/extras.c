/* The smaller parts of the embedding API: memory, locale encoding,
 * pre-initialization, thread identifiers and the deprecated setters.
 * Plain C: none of them loads the engine. */
#include "front.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

/* --- sys.argv (needs the engine) ------------------------------------------- */

void PySys_SetArgvEx(int argc, wchar_t **argv, int updatepath)
{
    (void)argc;
    (void)argv;
    (void)updatepath;
    subpy_err_no_engine("PySys_SetArgvEx");
}

void PySys_SetArgv(int argc, wchar_t **argv)
{
    (void)argc;
    (void)argv;
    subpy_err_no_engine("PySys_SetArgv");
}
