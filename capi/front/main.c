/* Py_BytesMain, Py_Main and Py_RunMain: the command line of `subpy`.
 *
 * This file uses only the public API declared in include/, exactly as an
 * outside host would, so the launcher exercises the same lifecycle calls
 * that embedders use. It keeps no state of its own between calls.
 *
 * The option grammar follows CPython 3.13's `python3.13` (same letters, same
 * argument rules, the same error messages and exit status 2 for bad usage),
 * because scripts and build tools call the interpreter that way. The engine
 * cannot run Python code yet, so every way of running code (-c, -m, a file,
 * standard input) initializes the runtime, says plainly on stderr that
 * nothing can run, finalizes and exits with status 1, the status CPython
 * gives an uncaught exception.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* strdup, getcwd, isatty */
#endif
#include "Python.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The exit status for "could not run the program": CPython's for an
 * uncaught exception. */
#define EXIT_CANNOT_RUN 1
/* CPython's exit status for usage errors and for a script it cannot open. */
#define EXIT_USAGE 2
/* CPython's exit status when finalization fails after the program ran. */
#define EXIT_FINALIZE_FAILED 120

enum run_kind { RUN_STDIN, RUN_COMMAND, RUN_MODULE, RUN_FILE };

/* What the command line asks for. Strings point into argv. */
struct command_line {
    const char *program;      /* argv[0], the name used in messages */
    int version;              /* how many times -V / --version was given */
    int isolated;             /* -I */
    int ignore_environment;   /* -E */
    int no_site;              /* -S */
    int no_user_site;         /* -s */
    int quiet;                /* -q */
    int verbose;              /* -v, counted */
    int no_bytecode;          /* -B */
    int unbuffered;           /* -u */
    int optimize;             /* -O, counted */
    int bytes_warning;        /* -b, counted */
    int inspect;              /* -i */
    int safe_path;            /* -P */
    int skip_first_line;      /* -x */
    int parser_debug;         /* -d */
    enum run_kind run;
    const char *run_arg;      /* the command, module name or file name */
    int stdin_dash;           /* "-" was given explicitly for stdin */
    int rest;                 /* argv index of the program's first argument */
};

enum parse_result { PARSE_RUN, PARSE_DONE, PARSE_USAGE_ERROR };

static const char usage_line[] =
    "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static const char help_options[] =
    "Options (environment variables with the same effect in brackets):\n"
    "-b     : warn when bytes or bytearray meet str in a comparison or str();\n"
    "         -bb turns the warnings into errors\n"
    "-B     : write no .pyc files on import [PYTHONDONTWRITEBYTECODE]\n"
    "-c cmd : run the program given as a string (ends the option list)\n"
    "-d     : parser debugging output [PYTHONDEBUG]\n"
    "-E     : ignore every PYTHON* environment variable\n"
    "-h     : show this help and exit (also -? and --help)\n"
    "-i     : inspect interactively after the program ends [PYTHONINSPECT]\n"
    "-I     : isolated mode: like -E -s -P together\n"
    "-m mod : run a library module as the main program (ends the option list)\n"
    "-O     : drop assert statements and __debug__ code; -OO also drops\n"
    "         docstrings [PYTHONOPTIMIZE]\n"
    "-P     : do not put the script's directory (or the current directory)\n"
    "         first on sys.path [PYTHONSAFEPATH]\n"
    "-q     : no version banner in interactive mode\n"
    "-s     : leave the user site-packages directory out of sys.path\n"
    "         [PYTHONNOUSERSITE]\n"
    "-S     : do not import the site module at startup\n"
    "-u     : unbuffered stdout and stderr [PYTHONUNBUFFERED]\n"
    "-v     : trace imports; repeat for more detail [PYTHONVERBOSE]\n"
    "-V     : print the Python version and exit (also --version);\n"
    "         -VV also names the subpy release\n"
    "-W arg : warning filter action:message:category:module:lineno\n"
    "         [PYTHONWARNINGS]\n"
    "-x     : skip the first line of the source file\n"
    "-X opt : implementation-specific option (see --help-xoptions)\n"
    "--check-hash-based-pycs always|default|never:\n"
    "         how hash-based .pyc files are validated\n"
    "--help-env     : the environment variables subpy reads, then exit\n"
    "--help-xoptions: the -X options, then exit\n"
    "--help-all     : all of the above, then exit\n"
    "\n"
    "Arguments:\n"
    "file   : run the program in this file\n"
    "-      : run the program read from standard input (the default)\n"
    "arg ...: the program's arguments, sys.argv[1:]\n"
    "\n"
    "This release of subpy cannot run Python code yet: the options are checked\n"
    "and set in the runtime's configuration (-W, -X and --check-hash-based-pycs\n"
    "are only checked), and running a program reports that it cannot run.\n";

static const char help_env[] =
    "Environment variables:\n"
    "PYTHONHOME     : the directory holding the standard library (lib/python3.13)\n"
    "PYTHONPATH     : ':'-separated directories put in front of the module search\n"
    "                 path\n"
    "SUBPY_ENGINE   : path of the engine library (libsubpy-engine.so) to load\n"
    "                 instead of the one next to libsubpy.so\n"
    "-E and -I make subpy ignore the PYTHON* variables.\n";

static const char help_xoptions[] =
    "-X options:\n"
    "subpy accepts -X name and -X name=value as CPython does; none of them\n"
    "changes anything in this release.\n";

static void print_usage_error(const struct command_line *cl)
{
    fprintf(stderr, usage_line, cl->program);
    fputs("Try `subpy -h' for more information.\n", stderr);
}

static void print_help(const struct command_line *cl, const char *which)
{
    if (strcmp(which, "env") == 0) {
        fputs(help_env, stdout);
    } else if (strcmp(which, "xoptions") == 0) {
        fputs(help_xoptions, stdout);
    } else {
        printf(usage_line, cl->program);
        fputs(help_options, stdout);
        if (strcmp(which, "all") == 0) {
            fputs("\n", stdout);
            fputs(help_env, stdout);
            fputs("\n", stdout);
            fputs(help_xoptions, stdout);
        }
    }
    fflush(stdout);
}

static int is_hash_pycs_mode(const char *mode)
{
    return strcmp(mode, "always") == 0 || strcmp(mode, "default") == 0 ||
           strcmp(mode, "never") == 0;
}

/* parse_long handles "--name" at argv[*index]; it advances *index past the
 * option and its argument. */
static enum parse_result parse_long(struct command_line *cl, int argc, char **argv,
                                    int *index)
{
    const char *name = argv[*index] + 2;

    if (strcmp(name, "help") == 0) {
        print_help(cl, "options");
        return PARSE_DONE;
    }
    if (strcmp(name, "help-all") == 0 || strcmp(name, "help-env") == 0 ||
        strcmp(name, "help-xoptions") == 0) {
        print_help(cl, name + strlen("help-"));
        return PARSE_DONE;
    }
    if (strcmp(name, "version") == 0) {
        cl->version++;
        (*index)++;
        return PARSE_RUN;
    }
    if (strcmp(name, "check-hash-based-pycs") == 0) {
        if (*index + 1 >= argc) {
            /* CPython's wording, plural included. */
            fputs("Argument expected for the --check-hash-based-pycs options\n", stderr);
            print_usage_error(cl);
            return PARSE_USAGE_ERROR;
        }
        if (!is_hash_pycs_mode(argv[*index + 1])) {
            fputs("--check-hash-based-pycs must be one of 'default', 'always', "
                  "or 'never'\n", stderr);
            print_usage_error(cl);
            return PARSE_USAGE_ERROR;
        }
        *index += 2;
        return PARSE_RUN;
    }
    fprintf(stderr, "unknown option %s\n", argv[*index]);
    print_usage_error(cl);
    return PARSE_USAGE_ERROR;
}

/* parse_short handles a cluster of one-letter options such as "-Es" or
 * "-cprint(1)" at argv[*index]. It sets *stop when -c or -m ended the option
 * list. */
static enum parse_result parse_short(struct command_line *cl, int argc, char **argv,
                                     int *index, int *stop)
{
    const char *arg = argv[*index];

    for (size_t j = 1; arg[j] != '\0'; j++) {
        char letter = arg[j];
        const char *value;

        switch (letter) {
        case 'c':
        case 'm':
        case 'W':
        case 'X':
            /* The value is the rest of this word, or else the next word,
             * whatever it looks like. */
            if (arg[j + 1] != '\0') {
                value = &arg[j + 1];
            } else if (*index + 1 < argc) {
                value = argv[++*index];
            } else {
                fprintf(stderr, "Argument expected for the -%c option\n", letter);
                print_usage_error(cl);
                return PARSE_USAGE_ERROR;
            }
            (*index)++;
            if (letter == 'c' || letter == 'm') {
                cl->run = letter == 'c' ? RUN_COMMAND : RUN_MODULE;
                cl->run_arg = value;
                *stop = 1;
            }
            return PARSE_RUN;
        case 'h':
        case '?':
            print_help(cl, "options");
            return PARSE_DONE;
        case 'V': cl->version++; break;
        case 'I': cl->isolated = 1; break;
        case 'E': cl->ignore_environment = 1; break;
        case 'S': cl->no_site = 1; break;
        case 's': cl->no_user_site = 1; break;
        case 'q': cl->quiet = 1; break;
        case 'v': cl->verbose++; break;
        case 'B': cl->no_bytecode = 1; break;
        case 'u': cl->unbuffered = 1; break;
        case 'O': cl->optimize++; break;
        case 'b': cl->bytes_warning++; break;
        case 'i': cl->inspect = 1; break;
        case 'P': cl->safe_path = 1; break;
        case 'x': cl->skip_first_line = 1; break;
        case 'd': cl->parser_debug = 1; break;
        default:
            fprintf(stderr, "Unknown option: -%c\n", letter);
            print_usage_error(cl);
            return PARSE_USAGE_ERROR;
        }
    }
    (*index)++;
    return PARSE_RUN;
}

/* parse_command_line reads the options; on PARSE_RUN, cl says what to run.
 * Like CPython, help exits as soon as it is seen while -V waits until every
 * option has been checked. */
static enum parse_result parse_command_line(struct command_line *cl, int argc, char **argv)
{
    int index = 1;
    int stop = 0;

    memset(cl, 0, sizeof *cl);
    cl->program = argc > 0 && argv[0] != NULL ? argv[0] : "subpy";
    cl->run = RUN_STDIN;

    while (!stop && index < argc) {
        const char *arg = argv[index];
        enum parse_result result;

        if (arg[0] != '-' || arg[1] == '\0')
            break; /* a file name, or "-" for stdin */
        if (strcmp(arg, "--") == 0) {
            index++;
            break;
        }
        if (arg[1] == '-')
            result = parse_long(cl, argc, argv, &index);
        else
            result = parse_short(cl, argc, argv, &index, &stop);
        if (result != PARSE_RUN)
            return result;
    }

    if (cl->run == RUN_STDIN && index < argc) {
        if (strcmp(argv[index], "-") == 0) {
            cl->stdin_dash = 1;
        } else {
            cl->run = RUN_FILE;
            cl->run_arg = argv[index];
        }
        index++;
    }
    cl->rest = index;
    return PARSE_RUN;
}

/* absolute_path returns a malloc'ed absolute form of path (CPython reports
 * and runs the script by its absolute name), or NULL when out of memory. */
static char *absolute_path(const char *path)
{
    size_t capacity = 256;
    char *cwd = NULL;
    char *result;
    size_t size;

    if (path[0] == '/')
        return strdup(path);
    for (;;) {
        char *bigger = realloc(cwd, capacity);

        if (bigger == NULL) {
            free(cwd);
            return NULL;
        }
        cwd = bigger;
        if (getcwd(cwd, capacity) != NULL)
            break;
        if (errno != ERANGE) {
            free(cwd);
            return strdup(path); /* no current directory: keep the name */
        }
        capacity *= 2;
    }
    size = strlen(cwd) + 1 + strlen(path) + 1;
    result = malloc(size);
    if (result != NULL)
        snprintf(result, size, "%s/%s", cwd, path);
    free(cwd);
    return result;
}

static void report_cannot_run(const char *program, const char *what)
{
    fprintf(stderr, "%s: cannot run %s: the subpy engine cannot run Python code yet\n",
            program, what);
}

/* run_program reports, for what the command line asked to run, why it
 * cannot run, and returns the exit status. A script that cannot be opened
 * gets CPython's message and status instead. */
static int run_program(const struct command_line *cl)
{
    char *what = NULL;
    int status = EXIT_CANNOT_RUN;

    switch (cl->run) {
    case RUN_COMMAND:
        report_cannot_run(cl->program, "the -c command");
        return status;
    case RUN_MODULE: {
        size_t size = strlen(cl->run_arg) + 32;
        what = malloc(size);
        if (what != NULL)
            snprintf(what, size, "module '%s' (-m)", cl->run_arg);
        break;
    }
    case RUN_FILE: {
        char *path = absolute_path(cl->run_arg);
        FILE *file;
        size_t size;

        if (path == NULL)
            break;
        file = fopen(path, "rb");
        if (file == NULL) {
            int err = errno;
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n",
                    cl->program, path, err, strerror(err));
            free(path);
            return EXIT_USAGE;
        }
        fclose(file);
        size = strlen(path) + 16;
        what = malloc(size);
        if (what != NULL)
            snprintf(what, size, "file '%s'", path);
        free(path);
        break;
    }
    case RUN_STDIN:
        report_cannot_run(cl->program, isatty(STDIN_FILENO) ? "the interactive prompt"
                                                             : "standard input");
        return status;
    }
    report_cannot_run(cl->program, what != NULL ? what : "the program");
    free(what);
    return status;
}

/* fill_config records the command line in config, as CPython's would after
 * parsing it. sys.argv gets CPython's shape: "-c" or "-m" for a command or
 * module, the script name for a file, "" (or "-") for stdin, then the
 * program's arguments. */
static PyStatus fill_config(PyConfig *config, const struct command_line *cl,
                            int argc, char **argv)
{
    PyStatus status;
    int extra = argc - cl->rest;
    char **program_argv = malloc(sizeof(char *) * (size_t)(extra + 1));

    if (program_argv == NULL)
        return PyStatus_NoMemory();
    switch (cl->run) {
    case RUN_COMMAND: program_argv[0] = "-c"; break;
    case RUN_MODULE: program_argv[0] = "-m"; break;
    case RUN_FILE: program_argv[0] = (char *)cl->run_arg; break;
    case RUN_STDIN: program_argv[0] = cl->stdin_dash ? "-" : ""; break;
    }
    for (int i = 0; i < extra; i++)
        program_argv[1 + i] = argv[cl->rest + i];

    config->parse_argv = 0; /* already parsed here */
    status = PyConfig_SetBytesArgv(config, extra + 1, program_argv);
    free(program_argv);
    if (PyStatus_Exception(status))
        return status;
    status = PyConfig_SetBytesString(config, &config->program_name, cl->program);
    if (PyStatus_Exception(status))
        return status;
    if (cl->run == RUN_COMMAND)
        status = PyConfig_SetBytesString(config, &config->run_command, cl->run_arg);
    else if (cl->run == RUN_MODULE)
        status = PyConfig_SetBytesString(config, &config->run_module, cl->run_arg);
    else if (cl->run == RUN_FILE)
        status = PyConfig_SetBytesString(config, &config->run_filename, cl->run_arg);
    if (PyStatus_Exception(status))
        return status;

    if (cl->isolated) {
        config->isolated = 1;
        config->use_environment = 0;
        config->user_site_directory = 0;
        config->safe_path = 1;
    }
    if (cl->ignore_environment)
        config->use_environment = 0;
    if (cl->no_site)
        config->site_import = 0;
    if (cl->no_user_site)
        config->user_site_directory = 0;
    if (cl->quiet)
        config->quiet = 1;
    if (cl->no_bytecode)
        config->write_bytecode = 0;
    if (cl->unbuffered)
        config->buffered_stdio = 0;
    if (cl->inspect)
        config->inspect = 1;
    if (cl->safe_path)
        config->safe_path = 1;
    if (cl->skip_first_line)
        config->skip_source_first_line = 1;
    if (cl->parser_debug)
        config->parser_debug = 1;
    config->verbose += cl->verbose;
    config->optimization_level += cl->optimize;
    config->bytes_warning += cl->bytes_warning;
    return PyStatus_Ok();
}

/* bytes_main is the whole launcher on narrow arguments. */
static int bytes_main(int argc, char **argv)
{
    struct command_line cl;
    PyConfig config;
    PyStatus status;
    int exitcode;

    switch (parse_command_line(&cl, argc, argv)) {
    case PARSE_DONE:
        return 0;
    case PARSE_USAGE_ERROR:
        return EXIT_USAGE;
    case PARSE_RUN:
        break;
    }
    if (cl.version > 0) {
        /* Tools parse the one-V form: keep it exactly CPython's. */
        if (cl.version == 1)
            printf("Python %s\n", PY_VERSION);
        else
            printf("Python %s\n", Py_GetVersion());
        fflush(stdout);
        return 0;
    }

    PyConfig_InitPythonConfig(&config);
    status = fill_config(&config, &cl, argc, argv);
    if (!PyStatus_Exception(status))
        status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status))
        Py_ExitStatusException(status);

    exitcode = run_program(&cl);
    fflush(stdout);
    if (Py_FinalizeEx() < 0)
        exitcode = EXIT_FINALIZE_FAILED;
    return exitcode;
}

int Py_BytesMain(int argc, char **argv)
{
    return bytes_main(argc, argv);
}

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

/* encode_argument encodes a wide argument into a malloc'ed string with the
 * locale's encoding, or with UTF-8 when the locale is a single-byte one such
 * as "C" (CPython's UTF-8 mode does the same there). A lone surrogate
 * U+DC80..U+DCFF becomes the byte it escapes, the inverse of the
 * surrogateescape decoding PyConfig applies to bytes. Returns NULL with
 * errno EILSEQ for a character the encoding cannot represent, or ENOMEM. */
static char *encode_argument(const wchar_t *arg)
{
    size_t length = wcslen(arg);
    int utf8 = MB_CUR_MAX == 1;
    /* At most MB_LEN_MAX (or 4 for UTF-8) bytes per character, and a NUL. */
    char *out = malloc(length * (MB_LEN_MAX > 4 ? MB_LEN_MAX : 4) + 1);
    size_t used = 0;
    mbstate_t state;

    if (out == NULL) {
        errno = ENOMEM;
        return NULL;
    }
    memset(&state, 0, sizeof state);
    for (size_t i = 0; i < length; i++) {
        unsigned long c = (unsigned long)arg[i];
        size_t n;

        if (c >= 0xDC80 && c <= 0xDCFF) {
            out[used++] = (char)(c - 0xDC00);
            continue;
        }
        if (utf8 && c <= 0x10FFFF) {
            used += put_utf8(out + used, c);
            continue;
        }
        n = wcrtomb(out + used, arg[i], &state);
        if (n == (size_t)-1) {
            free(out);
            errno = EILSEQ;
            return NULL;
        }
        used += n;
    }
    out[used] = '\0';
    return out;
}

/* Py_Main takes wide arguments: encode them back to bytes and run the
 * launcher on them. */
int Py_Main(int argc, wchar_t **argv)
{
    char **narrow;
    int exitcode;
    int converted = 0;

    if (argc < 0)
        argc = 0;
    narrow = calloc((size_t)argc + 1, sizeof(char *));
    if (narrow == NULL) {
        fputs("subpy: Py_Main: out of memory\n", stderr);
        return EXIT_CANNOT_RUN;
    }
    for (; converted < argc; converted++) {
        narrow[converted] = encode_argument(argv[converted]);
        if (narrow[converted] == NULL) {
            if (errno == ENOMEM)
                fputs("subpy: Py_Main: out of memory\n", stderr);
            else
                fprintf(stderr, "subpy: Py_Main: argument %d cannot be encoded "
                                "in the locale's encoding\n", converted);
            exitcode = EXIT_CANNOT_RUN;
            goto done;
        }
    }
    exitcode = bytes_main(argc, narrow);
done:
    for (int i = 0; i < converted; i++)
        free(narrow[i]);
    free(narrow);
    return exitcode;
}

/* Py_RunMain runs what the host's configuration names, then finalizes. The
 * public API gives no way back to that configuration, and the engine cannot
 * run code anyway, so it reports that and finalizes. */
int Py_RunMain(void)
{
    int exitcode = EXIT_CANNOT_RUN;

    if (!Py_IsInitialized())
        Py_FatalError("the runtime is not initialized");
    fputs("subpy: Py_RunMain: cannot run the configured program: "
          "the subpy engine cannot run Python code yet\n", stderr);
    if (Py_FinalizeEx() < 0)
        exitcode = EXIT_FINALIZE_FAILED;
    return exitcode;
}
