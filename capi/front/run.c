/* Running Python source through the engine: PyRun_SimpleString* and
 * PyRun_SimpleFile*, and the helpers Py_RunMain (main.c) uses.
 *
 * The engine parses, compiles and runs the code in the __main__ module of
 * the current thread state's interpreter; an uncaught exception or a
 * SyntaxError is printed to stderr (file descriptor 2) by the engine as
 * CPython 3.13 prints it, and the function returns -1. SystemExit ends the
 * process as CPython's PyErr_Print does: Py_Exit(code), which finalizes
 * the runtime (running the Py_AtExit callbacks) and exits. Py_RunMain
 * wants the code instead: subpy_run_source returns it. */
#include "front.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int subpy_run_source(const char *func, const char *src, size_t len, const char *filename, int flags,
                     int *exit_code)
{
    PyThreadState *t = subpy_tstate_require(func);
    subpy_check_tstate(t, func);
    const subpy_engine_funcs *e = subpy_engine(func);
    int code = 0;
    int rc = e->run_source(t, src, (int64_t)len, filename, flags, &code);
    if (exit_code != NULL) {
        *exit_code = rc == SUBPY_RUN_EXIT ? code : rc == SUBPY_RUN_FAILED ? 1 : 0;
    }
    return rc;
}

int subpy_read_stream(FILE *fp, char **out, size_t *out_len)
{
    size_t cap = 8192, len = 0;
    char *buf = malloc(cap);
    if (buf == NULL) {
        return -1;
    }
    for (;;) {
        if (len == cap) {
            char *bigger = realloc(buf, cap * 2);
            if (bigger == NULL) {
                free(buf);
                return -1;
            }
            buf = bigger;
            cap *= 2;
        }
        size_t n = fread(buf + len, 1, cap - len, fp);
        len += n;
        if (n == 0) {
            break;
        }
    }
    if (ferror(fp)) {
        free(buf);
        return -1;
    }
    *out = buf;
    *out_len = len;
    return 0;
}

/* The simple runners' ending: SystemExit exits the process. */
static int simple_result(int rc, int code)
{
    if (rc == SUBPY_RUN_EXIT) {
        Py_Exit(code);
    }
    return rc == SUBPY_RUN_DONE ? 0 : -1;
}

int PyRun_SimpleStringFlags(const char *s, PyCompilerFlags *flags)
{
    (void)flags; /* no compiler flags are supported yet */
    subpy_tstate_require(__func__);
    if (s == NULL) {
        subpy_err_set(SUBPY_EXC(SystemError), "PyRun_SimpleStringFlags: NULL command");
        PyErr_Print();
        return -1;
    }
    int code = 0;
    int rc = subpy_run_source(__func__, s, strlen(s), "<string>", 0, &code);
    return simple_result(rc, code);
}

int PyRun_SimpleString(const char *s)
{
    return PyRun_SimpleStringFlags(s, NULL);
}

int PyRun_SimpleFileExFlags(FILE *fp, const char *filename, int closeit, PyCompilerFlags *flags)
{
    (void)flags;
    subpy_tstate_require(__func__);
    if (filename == NULL) {
        filename = "???"; /* what CPython 3.13 names a file without a name */
    }
    char *src = NULL;
    size_t len = 0;
    int read_failed = fp == NULL || subpy_read_stream(fp, &src, &len) != 0;
    if (closeit && fp != NULL) {
        fclose(fp);
    }
    if (read_failed) {
        char msg[256];
        snprintf(msg, sizeof msg, "PyRun_SimpleFileExFlags: cannot read %s", filename);
        subpy_err_set(SUBPY_EXC(SystemError), msg);
        PyErr_Print();
        return -1;
    }
    int code = 0;
    int rc = subpy_run_source(__func__, src, len, filename, SUBPY_RUN_SET_FILE, &code);
    free(src);
    return simple_result(rc, code);
}

int PyRun_SimpleFileEx(FILE *fp, const char *filename, int closeit)
{
    return PyRun_SimpleFileExFlags(fp, filename, closeit, NULL);
}

int PyRun_SimpleFile(FILE *fp, const char *filename)
{
    return PyRun_SimpleFileExFlags(fp, filename, 0, NULL);
}

/* --- running and compiling strings with namespaces ------------------------ */

/* PyRun_StringFlags: compiles str with the start symbol (Py_file_input,
 * Py_eval_input, Py_single_input) and runs it with globals and locals
 * (locals NULL: globals). New reference to the result (None for
 * Py_file_input), NULL with an exception set. */
PyObject *PyRun_StringFlags(const char *str, int start, PyObject *globals, PyObject *locals, PyCompilerFlags *flags)
{
    (void)flags;
    PyThreadState *t = subpy_tstate_require(__func__);
    if (str == NULL || globals == NULL) {
        subpy_err_set(SUBPY_EXC(SystemError), globals == NULL ? "globals must be a dict" : "bad argument to internal function");
        return NULL;
    }
    const subpy_engine_funcs *e = subpy_engine(__func__);
    return e->run(t, SUBPY_RUNK_STRING, str, "<string>", start, globals, locals);
}

PyObject *PyRun_String(const char *str, int start, PyObject *globals, PyObject *locals)
{
    return PyRun_StringFlags(str, start, globals, locals, NULL);
}

PyObject *Py_CompileStringExFlags(const char *str, const char *filename, int start, PyCompilerFlags *flags, int optimize)
{
    (void)flags;
    (void)optimize;
    PyThreadState *t = subpy_tstate_require(__func__);
    if (str == NULL || filename == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    const subpy_engine_funcs *e = subpy_engine(__func__);
    return e->run(t, SUBPY_RUNK_COMPILE, str, filename, start, NULL, NULL);
}

PyObject *Py_CompileStringFlags(const char *str, const char *filename, int start, PyCompilerFlags *flags)
{
    return Py_CompileStringExFlags(str, filename, start, flags, -1);
}

PyObject *Py_CompileString(const char *str, const char *filename, int start)
{
    return Py_CompileStringExFlags(str, filename, start, NULL, -1);
}

PyObject *PyEval_EvalCode(PyObject *co, PyObject *globals, PyObject *locals)
{
    if (co == NULL || globals == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return subpy_op(__func__, SUBPY_OP_EVAL_CODE, co, globals, locals, 0);
}
