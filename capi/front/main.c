/* Py_BytesMain, Py_Main and Py_RunMain: the command line of `subpy`.
 *
 * Built as CPython 3.13 builds them, on the public configuration API
 * (nothing here parses the command line: PyConfig_Read does, in
 * capi/front/config.c):
 *
 *   Py_BytesMain / Py_Main   PyConfig_InitPythonConfig (parse_argv = 1),
 *                            PyConfig_SetBytesArgv / PyConfig_SetArgv,
 *                            PyConfig_Read, Py_InitializeFromConfig, then
 *                            Py_RunMain.
 *   Py_RunMain               runs run_command, run_module, run_filename or
 *                            standard input, then finalizes.
 *
 * PyConfig_Read is called before Py_InitializeFromConfig (which would read
 * the config itself) so that what ends at the command line -- -V, -VV,
 * --version, -h, --help*, and usage errors, each answered as a PyStatus_Exit
 * with CPython's text and status -- never loads the engine. A config read
 * once (parse_argv becomes 2) is not parsed again by the initialization.
 *
 * THE ENGINE SEAM: run_command, run_module, run_file and run_stdin below.
 * -c, a script and (non-interactive) standard input run through the
 * front's subpy_run_source (run.c), which PyRun_SimpleString and
 * PyRun_SimpleFile share: tracebacks and SyntaxErrors are printed as
 * CPython prints them and SystemExit gives the exit status. -m, a
 * directory and a zip file run through the engine's run_module (runpy's
 * behaviour, in core/lifecycle/runmodule.go). The interactive prompt is
 * not there yet: it says so on stderr and returns 1, the status CPython
 * gives an uncaught exception.
 */
#include "Python.h"
#include "front.h" /* subpy_run_source, subpy_read_stream, SUBPY_RUN_* */

#include <errno.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wchar.h>

/* CPython's status for an uncaught exception. */
#define EXIT_CANNOT_RUN 1
/* CPython's status for a script it cannot open. */
#define EXIT_CANNOT_OPEN 2
/* CPython's status when finalization fails after the program ran. */
#define EXIT_FINALIZE_FAILED 120

/* The configuration Py_BytesMain / Py_Main initialized the runtime with,
 * read by PyConfig_Read, for the Py_RunMain that follows. CPython's
 * Py_RunMain reads the interpreter's config instead; subpy's runtime does
 * not keep run_command / run_module / run_filename, so a host that
 * initializes by itself and calls Py_RunMain gets `main_config_set == 0`. */
static PyConfig main_config;
static int main_config_set;
/* Set when the program ended with an uncaught KeyboardInterrupt: as
 * CPython, Py_RunMain then finalizes and dies by SIGINT. */
static int main_interrupted;

/* exit_sigint ends the process by SIGINT with its default disposition,
 * so the parent sees a death by signal (status -2, 130 in a shell);
 * returns 128 + SIGINT if the signal did not kill us. */
static int exit_sigint(void)
{
    struct sigaction dfl;
    sigset_t set;

    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGINT, &dfl, NULL);
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    fflush(stdout);
    fflush(stderr);
    kill(getpid(), SIGINT);
    return 128 + SIGINT;
}

/* --- printing wide strings --------------------------------------------- */

/* put_utf8 writes code point c as UTF-8 at out; returns the byte count. */
static size_t put_utf8(char *out, unsigned long c)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* encode returns a malloc'ed byte string for a wide string of the config,
 * the inverse of the decoding PyConfig_SetBytesArgv applied: a lone
 * surrogate U+DC80..U+DCFF becomes the byte it escapes, any other
 * character the locale's encoding of it, or UTF-8 when the locale cannot
 * encode it (the "C" locale; CPython's UTF-8 mode does the same there).
 * NULL when out of memory. */
static char *encode(const wchar_t *text)
{
    size_t length = wcslen(text);
    char *out = malloc(length * (MB_LEN_MAX > 4 ? MB_LEN_MAX : 4) + 1);
    size_t used = 0;
    mbstate_t state;

    if (out == NULL)
        return NULL;
    memset(&state, 0, sizeof state);
    for (size_t i = 0; i < length; i++) {
        unsigned long c = (unsigned long)text[i];
        size_t n;

        if (c >= 0xDC80 && c <= 0xDCFF) {
            out[used++] = (char)(c - 0xDC00);
            continue;
        }
        n = wcrtomb(out + used, text[i], &state);
        if (n == (size_t)-1) {
            memset(&state, 0, sizeof state);
            if (c > 0x10FFFF)
                c = 0xFFFD;
            n = put_utf8(out + used, c);
        }
        used += n;
    }
    out[used] = '\0';
    return out;
}

/* The name the launcher reports under: argv[0], as CPython's program_name
 * defaults to it. Malloc'ed, or NULL when out of memory. */
static char *program_name(const PyConfig *config)
{
    if (config->program_name != NULL)
        return encode(config->program_name);
    if (config->orig_argv.length > 0 && config->orig_argv.items[0][0] != L'\0')
        return encode(config->orig_argv.items[0]);
    return encode(L"subpy");
}

/* --- the engine seam ---------------------------------------------------- */

static int cannot_run(const PyConfig *config, const char *what, const char *name)
{
    char *program = program_name(config);

    fprintf(stderr, "%s: cannot run %s%s%s: the subpy engine cannot run Python code yet\n",
            program != NULL ? program : "subpy", what, name != NULL ? name : "",
            name != NULL ? "' (-m)" : "");
    free(program);
    return EXIT_CANNOT_RUN;
}

/* Runs len bytes of src in __main__ with sys.path[0] set for filename, as
 * CPython's launcher does, and returns the exit status: 0, 1 after an
 * uncaught exception, or SystemExit's status. */
static int run_source(const char *src, size_t len, const char *filename, int flags)
{
    int exitcode = EXIT_CANNOT_RUN;
    int rc;

    fflush(stdout);
    rc = subpy_run_source("Py_RunMain", src, len, filename, flags | SUBPY_RUN_PATH0, &exitcode);
    if (rc == SUBPY_RUN_INTERRUPTED) {
        main_interrupted = 1;
        exitcode = EXIT_CANNOT_RUN;
    }
    return exitcode;
}

/* -c: CPython runs config->run_command with PyRun_SimpleStringFlags; its
 * tracebacks show the command's lines. */
static int run_command(const PyConfig *config)
{
    char *command = encode(config->run_command);
    int exitcode;

    if (command == NULL) {
        fputs("subpy: out of memory\n", stderr);
        return EXIT_CANNOT_RUN;
    }
    exitcode = run_source(command, strlen(command), "<string>", SUBPY_RUN_LINECACHE);
    free(command);
    return exitcode;
}

/* Runs a module as __main__ through the engine, as CPython runs
 * runpy._run_module_as_main: -m NAME (flags 0) or a directory / zip file
 * holding __main__.py (SUBPY_RUN_AS_PATH). Returns the exit status. */
static int run_main_module(const char *target, int flags)
{
    PyThreadState *t = subpy_tstate_require("Py_RunMain");
    const subpy_engine_funcs *e;
    int code = 0;
    int rc;

    subpy_check_tstate(t, "Py_RunMain");
    e = subpy_engine("Py_RunMain");
    fflush(stdout);
    rc = e->run_module(t, target, flags, &code);
    if (rc == SUBPY_RUN_INTERRUPTED)
        main_interrupted = 1;
    return rc == SUBPY_RUN_EXIT ? code : rc == SUBPY_RUN_FAILED ? EXIT_CANNOT_RUN : 0;
}

/* -m: CPython runs runpy._run_module_as_main(config->run_module). */
static int run_module(const PyConfig *config)
{
    char *module = encode(config->run_module);
    int exitcode;

    if (module == NULL) {
        fputs("subpy: out of memory\n", stderr);
        return EXIT_CANNOT_RUN;
    }
    exitcode = run_main_module(module, 0);
    free(module);
    return exitcode;
}

/* is_zip_archive: whether the file ends with a zip archive's
 * end-of-central-directory record (CPython's zipimport accepts such a
 * file, with anything before the archive, as a sys.path entry). */
static int is_zip_archive(FILE *file)
{
    unsigned char buf[65536 + 22];
    long size, start;
    size_t n;

    if (fseek(file, 0, SEEK_END) != 0 || (size = ftell(file)) < 22) {
        rewind(file);
        return 0;
    }
    start = size > (long)sizeof buf ? size - (long)sizeof buf : 0;
    if (fseek(file, start, SEEK_SET) != 0) {
        rewind(file);
        return 0;
    }
    n = fread(buf, 1, sizeof buf, file);
    rewind(file);
    for (size_t i = n >= 22 ? n - 22 + 1 : 0; i-- > 0;) {
        if (buf[i] == 'P' && buf[i + 1] == 'K' && buf[i + 2] == 5 && buf[i + 3] == 6)
            return 1;
    }
    return 0;
}

/* A script: CPython opens config->run_filename (made absolute by
 * PyConfig_Read) and runs it with PyRun_AnyFileExFlags. A script that
 * cannot be opened gets CPython's message and status 2. */
static int run_file(const PyConfig *config)
{
    char *path = encode(config->run_filename);
    char *program = program_name(config);
    int exitcode = EXIT_CANNOT_RUN;
    FILE *file;

    if (path == NULL || program == NULL) {
        fputs("subpy: out of memory\n", stderr);
        goto done;
    }
    {
        struct stat st;

        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            /* CPython runs a directory's __main__ (runpy). */
            exitcode = run_main_module(path, SUBPY_RUN_AS_PATH);
            goto done;
        }
    }
    file = fopen(path, "rb");
    if (file == NULL) {
        int err = errno;

        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", program, path, err,
                strerror(err));
        exitcode = EXIT_CANNOT_OPEN;
        goto done;
    }
    if (is_zip_archive(file)) {
        fclose(file);
        exitcode = run_main_module(path, SUBPY_RUN_AS_PATH);
        goto done;
    }
    {
        char *src = NULL;
        size_t len = 0;
        int failed = subpy_read_stream(file, &src, &len) != 0;

        fclose(file);
        if (failed) {
            fprintf(stderr, "%s: can't read file '%s'\n", program, path);
            exitcode = EXIT_CANNOT_OPEN;
            goto done;
        }
        exitcode = run_source(src, len, path, SUBPY_RUN_SET_FILE);
        free(src);
    }
done:
    free(path);
    free(program);
    return exitcode;
}

/* No command, module or file: CPython runs standard input, interactively
 * when it is a terminal. */
static int run_stdin(const PyConfig *config)
{
    char *src = NULL;
    size_t len = 0;
    int exitcode;

    if (isatty(STDIN_FILENO))
        return cannot_run(config, "the interactive prompt", NULL);
    if (subpy_read_stream(stdin, &src, &len) != 0) {
        fputs("subpy: cannot read standard input\n", stderr);
        return EXIT_CANNOT_RUN;
    }
    exitcode = run_source(src, len, "<stdin>", SUBPY_RUN_SET_FILE);
    free(src);
    return exitcode;
}

/* What CPython's pymain_run_python chooses to run. */
static int run_python(const PyConfig *config)
{
    if (config->run_command != NULL)
        return run_command(config);
    if (config->run_module != NULL)
        return run_module(config);
    if (config->run_filename != NULL)
        return run_file(config);
    return run_stdin(config);
}

/* --- the entry points ------------------------------------------------- */

/* Py_RunMain runs the program the configuration names, finalizes and
 * returns the exit status. */
int Py_RunMain(void)
{
    int exitcode;

    if (!Py_IsInitialized())
        Py_FatalError("the runtime is not initialized");
    if (main_config_set) {
        exitcode = run_python(&main_config);
        PyConfig_Clear(&main_config);
        main_config_set = 0;
    } else {
        /* A host's own initialization: its config is not kept (see
         * main_config). */
        fputs("subpy: Py_RunMain: cannot run the configured program: "
              "the subpy engine cannot run Python code yet\n", stderr);
        exitcode = EXIT_CANNOT_RUN;
    }
    fflush(stdout);
    if (Py_FinalizeEx() < 0)
        exitcode = EXIT_FINALIZE_FAILED;
    if (main_interrupted) {
        main_interrupted = 0;
        exitcode = exit_sigint();
    }
    return exitcode;
}

/* pymain runs the command line held in config->argv (CPython's
 * pymain_init + Py_RunMain) and returns the exit status; config is
 * cleared. */
static int pymain(PyConfig *config, PyStatus status)
{
    if (!PyStatus_Exception(status))
        status = PyConfig_Read(config);
    /* CPython's program_name defaults to argv[0]: sys.executable (and
     * runpy's "<executable>: No module named ..." messages) come from it. */
    if (!PyStatus_Exception(status) && config->program_name == NULL &&
        config->orig_argv.length > 0 && config->orig_argv.items[0][0] != L'\0')
        status = PyConfig_SetString(config, &config->program_name, config->orig_argv.items[0]);
    if (!PyStatus_Exception(status))
        status = Py_InitializeFromConfig(config);
    if (PyStatus_Exception(status)) {
        PyConfig_Clear(config);
        if (PyStatus_IsExit(status))
            return status.exitcode; /* -h, -V: 0; a bad command line: 2 */
        Py_ExitStatusException(status);
    }
    if (main_config_set)
        PyConfig_Clear(&main_config);
    main_config = *config; /* Py_RunMain clears it */
    main_config_set = 1;
    return Py_RunMain();
}

/* set_ctype_locale makes LC_CTYPE the user's locale, as CPython's launcher
 * does before decoding the command line, coercing the C/POSIX locale to
 * C.UTF-8 (PEP 538; CPython's UTF-8 mode decodes as UTF-8 there too). */
static void set_ctype_locale(void)
{
    const char *codeset;

    if (setlocale(LC_CTYPE, "") == NULL)
        return;
    codeset = nl_langinfo(CODESET);
    if (codeset != NULL && strcmp(codeset, "ANSI_X3.4-1968") == 0 &&
        setlocale(LC_CTYPE, "C.UTF-8") == NULL)
        setlocale(LC_CTYPE, "C.utf8");
}

int Py_BytesMain(int argc, char **argv)
{
    PyConfig config;

    set_ctype_locale();
    PyConfig_InitPythonConfig(&config);
    return pymain(&config, PyConfig_SetBytesArgv(&config, argc, argv));
}

int Py_Main(int argc, wchar_t **argv)
{
    PyConfig config;

    PyConfig_InitPythonConfig(&config);
    return pymain(&config, PyConfig_SetArgv(&config, argc, argv));
}
