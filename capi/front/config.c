/* PyPreConfig and PyConfig: plain C, no engine needed, so a prefork host can
 * configure before fork() and initialize in each child.
 *
 * Defaults are CPython 3.13's, field by field (ctests compares a dump of
 * both libraries' PyConfig_Init*Config). Strings are malloc'd copies owned
 * by the config; PyConfig_Clear frees them. */
#include "front.h"

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

enum { CONFIG_INIT_PYTHON = 2, CONFIG_INIT_ISOLATED = 3 };

void PyPreConfig_InitPythonConfig(PyPreConfig *c)
{
    *c = (PyPreConfig){
        ._config_init = CONFIG_INIT_PYTHON, .parse_argv = 1, .isolated = 0,
        .use_environment = 1, .configure_locale = 1, .coerce_c_locale = -1,
        .coerce_c_locale_warn = -1, .utf8_mode = -1, .dev_mode = -1, .allocator = 0,
    };
}

void PyPreConfig_InitIsolatedConfig(PyPreConfig *c)
{
    *c = (PyPreConfig){ ._config_init = CONFIG_INIT_ISOLATED, .isolated = 1 };
}

/* The fields both configurations share. */
static void config_init_common(PyConfig *c)
{
    memset(c, 0, sizeof *c);
    c->code_debug_ranges = 1;
    c->site_import = 1;
    c->write_bytecode = 1;
    c->buffered_stdio = 1;
    c->use_frozen_modules = 1;
    c->cpu_count = -1;
    c->_install_importlib = 1;
    c->_init_main = 1;
}

void PyConfig_InitPythonConfig(PyConfig *c)
{
    config_init_common(c);
    c->_config_init = CONFIG_INIT_PYTHON;
    c->use_environment = 1;
    c->dev_mode = -1;
    c->install_signal_handlers = 1;
    c->use_hash_seed = -1;
    c->faulthandler = -1;
    c->tracemalloc = -1;
    c->perf_profiling = -1;
    c->parse_argv = 1;
    c->user_site_directory = 1;
    c->configure_c_stdio = 1;
    c->int_max_str_digits = -1;
    c->pathconfig_warnings = 1;
}

void PyConfig_InitIsolatedConfig(PyConfig *c)
{
    config_init_common(c);
    c->_config_init = CONFIG_INIT_ISOLATED;
    c->isolated = 1;
    c->safe_path = 1;
    c->int_max_str_digits = 4300;
}

static void list_clear(PyWideStringList *list)
{
    for (Py_ssize_t i = 0; i < list->length; i++) {
        free(list->items[i]);
    }
    free(list->items);
    list->items = NULL;
    list->length = 0;
}

/* Every wchar_t* field, for Clear. */
#define CONFIG_STRINGS(X) \
    X(dump_refs_file) X(filesystem_encoding) X(filesystem_errors) X(pycache_prefix) \
    X(stdio_encoding) X(stdio_errors) X(check_hash_pycs_mode) X(program_name) \
    X(pythonpath_env) X(home) X(platlibdir) X(stdlib_dir) X(executable) \
    X(base_executable) X(prefix) X(base_prefix) X(exec_prefix) X(base_exec_prefix) \
    X(run_command) X(run_module) X(run_filename) X(sys_path_0)

void PyConfig_Clear(PyConfig *c)
{
#define CLEAR_STRING(f) free(c->f); c->f = NULL;
    CONFIG_STRINGS(CLEAR_STRING)
#undef CLEAR_STRING
    list_clear(&c->orig_argv);
    list_clear(&c->argv);
    list_clear(&c->xoptions);
    list_clear(&c->warnoptions);
    list_clear(&c->module_search_paths);
}

PyStatus PyConfig_SetString(PyConfig *config, wchar_t **config_str, const wchar_t *str)
{
    (void)config;
    wchar_t *copy = NULL;
    if (str != NULL) {
        copy = wcsdup(str);
        if (copy == NULL) {
            return PyStatus_NoMemory();
        }
    }
    free(*config_str);
    *config_str = copy;
    return PyStatus_Ok();
}

/* Decodes bytes with the locale encoding; an undecodable byte b becomes the
 * lone surrogate U+DC00+b, as CPython's surrogateescape does. */
wchar_t *subpy_decode_locale(const char *s)
{
    size_t len = strlen(s);
    wchar_t *out = malloc((len + 1) * sizeof *out);
    if (out == NULL) {
        return NULL;
    }
    mbstate_t state;
    memset(&state, 0, sizeof state);
    size_t n = 0;
    const char *p = s;
    while (*p != '\0') {
        wchar_t wc;
        size_t used = mbrtowc(&wc, p, (size_t)(s + len - p), &state);
        if (used == (size_t)-1 || used == (size_t)-2 || used == 0) {
            out[n++] = 0xDC00 + (unsigned char)*p;
            memset(&state, 0, sizeof state);
            p++;
            continue;
        }
        out[n++] = wc;
        p += used;
    }
    out[n] = L'\0';
    return out;
}

PyStatus PyConfig_SetBytesString(PyConfig *config, wchar_t **config_str, const char *str)
{
    (void)config;
    wchar_t *decoded = NULL;
    if (str != NULL) {
        decoded = subpy_decode_locale(str);
        if (decoded == NULL) {
            return PyStatus_NoMemory();
        }
    }
    free(*config_str);
    *config_str = decoded;
    return PyStatus_Ok();
}

PyStatus PyConfig_SetWideStringList(PyConfig *config, PyWideStringList *list,
                                    Py_ssize_t length, wchar_t **items)
{
    (void)config;
    PyWideStringList fresh = { 0, NULL };
    for (Py_ssize_t i = 0; i < length; i++) {
        PyStatus st = PyWideStringList_Append(&fresh, items[i]);
        if (PyStatus_Exception(st)) {
            list_clear(&fresh);
            return st;
        }
    }
    list_clear(list);
    *list = fresh;
    return PyStatus_Ok();
}

PyStatus PyConfig_SetArgv(PyConfig *config, Py_ssize_t argc, wchar_t *const *argv)
{
    return PyConfig_SetWideStringList(config, &config->argv, argc, (wchar_t **)argv);
}

PyStatus PyConfig_SetBytesArgv(PyConfig *config, Py_ssize_t argc, char *const *argv)
{
    PyWideStringList fresh = { 0, NULL };
    for (Py_ssize_t i = 0; i < argc; i++) {
        wchar_t *w = subpy_decode_locale(argv[i]);
        PyStatus st = w == NULL ? PyStatus_NoMemory() : PyWideStringList_Append(&fresh, w);
        free(w);
        if (PyStatus_Exception(st)) {
            list_clear(&fresh);
            return st;
        }
    }
    list_clear(&config->argv);
    config->argv = fresh;
    return PyStatus_Ok();
}

static PyStatus set_from_env(PyConfig *c, wchar_t **field, const char *name)
{
    const char *value = getenv(name);
    if (*field != NULL || value == NULL || value[0] == '\0') {
        return PyStatus_Ok();
    }
    return PyConfig_SetBytesString(c, field, value);
}

/* --- the command line (parse_argv) ---------------------------------------
 *
 * CPython 3.13's options and rules: short options may be grouped (-bb, -Wd);
 * an option's argument is the rest of its word or the next word; -c and -m
 * end the option list; "--" ends it; "-" alone and the first non-option
 * word end it (the word is the file to run); --help and --version are
 * -h and -V; --check-hash-based-pycs MODE, --help-env, --help-xoptions and
 * --help-all are the long options. An unknown option prints what CPython
 * prints and the usage line on stderr, and the status is PyStatus_Exit(2). */

static const char usage_line[] =
    "usage: %ls [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
static const char usage_options[] =
    "Options (and corresponding environment variables):\n"
    "-b     : issue warnings about str(bytes_instance), str(bytearray_instance)\n"
    "         and comparing bytes/bytearray with str or bytes with int. (-bb: issue errors)\n"
    "-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-d     : turn on parser debugging output; also PYTHONDEBUG=x\n"
    "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal; also PYTHONINSPECT=x\n"
    "-I     : isolate Python from the user's environment (implies -E, -P and -s)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-O     : remove assert and __debug__-dependent statements; also PYTHONOPTIMIZE=x\n"
    "-OO    : do -O changes and also discard docstrings\n"
    "-P     : don't prepend a potentially unsafe path to sys.path; also\n"
    "         PYTHONSAFEPATH\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE=x\n"
    "-S     : don't imply 'import site' on initialization\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-v     : verbose (trace import statements); also PYTHONVERBOSE=x\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "-W arg : warning control; arg is action:message:category:module:lineno\n"
    "-x     : skip first line of source, allowing use of non-Unix forms of #!cmd\n"
    "-X opt : set implementation-specific option\n"
    "--check-hash-based-pycs always|default|never:\n"
    "         control how Python invalidates hash-based .pyc files\n"
    "--help-env: print help about Python environment variables and exit\n"
    "--help-xoptions: print help about implementation-specific -X options and exit\n"
    "--help-all: print complete help information and exit\n"
    "\n"
    "Arguments:\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

static void print_usage(int error, const wchar_t *program)
{
    FILE *f = error ? stderr : stdout;
    fprintf(f, usage_line, program);
    if (error) {
        fprintf(f, "Try `python -h' for more information.\n");
    } else {
        fputs(usage_options, f);
    }
    fflush(f);
}

/* Option letters; a ':' after a letter means it takes an argument. */
static const wchar_t short_options[] = L"bBc:dEhiIJm:OPqRsStuvVW:xX:?";

enum { OPT_END = -1, OPT_ERROR = '_', OPT_HASH_PYCS = 1, OPT_HELP_ALL, OPT_HELP_ENV,
       OPT_HELP_XOPTIONS };

/* The scanner's position in argv. */
struct getopt_state {
    const PyWideStringList *argv;
    Py_ssize_t index;      /* next word */
    const wchar_t *within; /* rest of the current group of short options */
    const wchar_t *arg;    /* the argument of the last option */
};

static int next_option(struct getopt_state *g)
{
    Py_ssize_t argc = g->argv->length;
    wchar_t *const *argv = g->argv->items;
    if (g->within == NULL || *g->within == L'\0') {
        if (g->index >= argc) {
            return OPT_END;
        }
        const wchar_t *word = argv[g->index];
        if (word[0] != L'-' || word[1] == L'\0') {
            return OPT_END; /* a file name, or "-" */
        }
        if (wcscmp(word, L"--") == 0) {
            g->index++;
            return OPT_END;
        }
        if (wcscmp(word, L"--help") == 0) {
            g->index++;
            return 'h';
        }
        if (wcscmp(word, L"--version") == 0) {
            g->index++;
            return 'V';
        }
        g->within = word + 1;
        g->index++;
    }
    wchar_t option = *g->within++;
    if (option == L'-') {
        static const struct {
            const wchar_t *name;
            int has_arg, value;
        } long_options[] = {
            { L"check-hash-based-pycs", 1, OPT_HASH_PYCS },
            { L"help-all", 0, OPT_HELP_ALL },
            { L"help-env", 0, OPT_HELP_ENV },
            { L"help-xoptions", 0, OPT_HELP_XOPTIONS },
        };
        const wchar_t *name = g->within;
        g->within = NULL;
        if (*name == L'\0') {
            fprintf(stderr, "expected long option\n");
            return OPT_END;
        }
        for (size_t i = 0; i < sizeof long_options / sizeof long_options[0]; i++) {
            if (wcscmp(long_options[i].name, name) != 0) {
                continue;
            }
            if (long_options[i].has_arg) {
                if (g->index >= argc) {
                    fprintf(stderr, "Argument expected for the %ls options\n", argv[g->index - 1]);
                    return OPT_ERROR;
                }
                g->arg = argv[g->index++];
            }
            return long_options[i].value;
        }
        fprintf(stderr, "unknown option %ls\n", argv[g->index - 1]);
        return OPT_ERROR;
    }
    if (option == L'J') {
        fprintf(stderr, "-J is reserved for Jython\n");
        return OPT_ERROR;
    }
    const wchar_t *spec = wcschr(short_options, option);
    if (spec == NULL || option == L':') {
        fprintf(stderr, "Unknown option: -%c\n", (char)option);
        return OPT_ERROR;
    }
    if (spec[1] == L':') {
        if (*g->within != L'\0') {
            g->arg = g->within;
            g->within = NULL;
        } else if (g->index >= argc) {
            fprintf(stderr, "Argument expected for the -%c option\n", (char)option);
            return OPT_ERROR;
        } else {
            g->arg = argv[g->index++];
        }
    }
    return option;
}

static PyStatus append_unique(PyWideStringList *list, const wchar_t *item)
{
    for (Py_ssize_t i = 0; i < list->length; i++) {
        if (wcscmp(list->items[i], item) == 0) {
            return PyStatus_Ok();
        }
    }
    return PyWideStringList_Append(list, item);
}

static PyStatus set_string(wchar_t **field, const wchar_t *value, const wchar_t *suffix)
{
    size_t n = wcslen(value), m = suffix == NULL ? 0 : wcslen(suffix);
    wchar_t *copy = malloc((n + m + 1) * sizeof *copy);
    if (copy == NULL) {
        return PyStatus_NoMemory();
    }
    wmemcpy(copy, value, n);
    wmemcpy(copy + n, suffix == NULL ? L"" : suffix, m + 1);
    free(*field);
    *field = copy;
    return PyStatus_Ok();
}

/* Parses config->argv into the config; *first_arg is the index of the
 * program's sys.argv[0] in argv. */
static PyStatus parse_command_line(PyConfig *c, PyWideStringList *cmdline_warnings,
                                   Py_ssize_t *first_arg)
{
    const wchar_t *program = c->program_name;
    if (program == NULL && c->argv.length >= 1) {
        program = c->argv.items[0];
    }
    struct getopt_state g = { .argv = &c->argv, .index = 1 };
    int print_version = 0;
    PyStatus st = PyStatus_Ok();
    for (;;) {
        int opt = next_option(&g);
        if (opt == OPT_END) {
            break;
        }
        if (opt == 'c' || opt == 'm') {
            /* Ends the option list: what follows belongs to the program. */
            wchar_t **field = opt == 'c' ? &c->run_command : &c->run_module;
            if (*field == NULL) {
                st = set_string(field, g.arg, opt == 'c' ? L"\n" : NULL);
            }
            if (PyStatus_Exception(st)) {
                return st;
            }
            break;
        }
        switch (opt) {
        case OPT_HASH_PYCS:
            if (wcscmp(g.arg, L"always") == 0 || wcscmp(g.arg, L"never") == 0 ||
                wcscmp(g.arg, L"default") == 0) {
                st = set_string(&c->check_hash_pycs_mode, g.arg, NULL);
            } else {
                fprintf(stderr, "--check-hash-based-pycs must be one of 'default', 'always', or 'never'\n");
                print_usage(1, program);
                return PyStatus_Exit(2);
            }
            break;
        case OPT_HELP_ALL:
        case OPT_HELP_ENV:
        case OPT_HELP_XOPTIONS:
            print_usage(0, program);
            return PyStatus_Exit(0);
        case 'b': c->bytes_warning++; break;
        case 'd': c->parser_debug++; break;
        case 'i': c->inspect++; c->interactive++; break;
        case 'I': c->isolated = 1; break;
        case 'O': c->optimization_level++; break;
        case 'P': c->safe_path = 1; break;
        case 'B': c->write_bytecode = 0; break;
        case 's': c->user_site_directory = 0; break;
        case 'S': c->site_import = 0; break;
        case 'E': break; /* read with -I before the other options (read_early) */
        case 't': break; /* accepted and ignored, as CPython does */
        case 'u': c->buffered_stdio = 0; break;
        case 'v': c->verbose++; break;
        case 'x': c->skip_source_first_line = 1; break;
        case 'q': c->quiet++; break;
        case 'R': c->use_hash_seed = 0; break;
        case 'V': print_version++; break;
        case 'W': st = PyWideStringList_Append(cmdline_warnings, g.arg); break;
        case 'X': st = PyWideStringList_Append(&c->xoptions, g.arg); break;
        case 'h':
        case '?':
            print_usage(0, program);
            return PyStatus_Exit(0);
        default:
            print_usage(1, program);
            return PyStatus_Exit(2);
        }
        if (PyStatus_Exception(st)) {
            return st;
        }
    }
    if (print_version) {
        printf("Python %s\n", print_version >= 2 ? Py_GetVersion() : PY_VERSION);
        fflush(stdout);
        return PyStatus_Exit(0);
    }
    if (c->run_command == NULL && c->run_module == NULL && c->run_filename == NULL &&
        g.index < c->argv.length && wcscmp(c->argv.items[g.index], L"-") != 0) {
        st = set_string(&c->run_filename, c->argv.items[g.index], NULL);
        if (PyStatus_Exception(st)) {
            return st;
        }
    }
    /* -c and -m: sys.argv[0] is the word of the command or module name,
     * replaced below by "-c" / "-m". */
    *first_arg = c->run_command != NULL || c->run_module != NULL ? g.index - 1 : g.index;
    return PyStatus_Ok();
}

/* argv becomes the program's own arguments, as sys.argv. */
static PyStatus update_argv(PyConfig *c, Py_ssize_t first)
{
    PyWideStringList fresh = { 0, NULL };
    PyStatus st = PyStatus_Ok();
    if (first >= c->argv.length) {
        st = PyWideStringList_Append(&fresh, L"");
    }
    for (Py_ssize_t i = first; !PyStatus_Exception(st) && i < c->argv.length; i++) {
        st = PyWideStringList_Append(&fresh, c->argv.items[i]);
    }
    if (!PyStatus_Exception(st) && (c->run_command != NULL || c->run_module != NULL)) {
        wchar_t *arg0 = wcsdup(c->run_command != NULL ? L"-c" : L"-m");
        if (arg0 == NULL) {
            st = PyStatus_NoMemory();
        } else {
            free(fresh.items[0]);
            fresh.items[0] = arg0;
        }
    }
    if (PyStatus_Exception(st)) {
        list_clear(&fresh);
        return st;
    }
    list_clear(&c->argv);
    c->argv = fresh;
    return PyStatus_Ok();
}

/* The options that act before the others (CPython's pre-configuration
 * reads them first): -I and -E. */
static void read_early_options(PyConfig *c)
{
    for (Py_ssize_t i = 1; i < c->argv.length; i++) {
        const wchar_t *w = c->argv.items[i];
        if (w[0] != L'-' || w[1] == L'\0' || w[1] == L'-') {
            break;
        }
        for (const wchar_t *p = w + 1; *p != L'\0'; p++) {
            if (*p == L'I') {
                c->isolated = 1;
            } else if (*p == L'E') {
                c->use_environment = 0;
            } else if (*p == L'c' || *p == L'm') {
                return; /* the rest belongs to the program */
            } else if (*p == L'W' || *p == L'X') {
                if (p[1] == L'\0') {
                    i++; /* the next word is the argument */
                }
                break;
            }
        }
    }
}

/* An environment flag as CPython reads it: set and not empty → the number
 * it holds (at least 1); raises *flag to it. */
static void env_flag(int *flag, const char *name)
{
    const char *v = getenv(name);
    if (v == NULL || v[0] == '\0') {
        return;
    }
    char *end;
    long n = strtol(v, &end, 10);
    int value = (*end != '\0' || n < 1 || n > INT_MAX) ? 1 : (int)n;
    if (*flag < value) {
        *flag = value;
    }
}

static PyStatus read_env(PyConfig *c, PyWideStringList *env_warnings)
{
    env_flag(&c->parser_debug, "PYTHONDEBUG");
    env_flag(&c->verbose, "PYTHONVERBOSE");
    env_flag(&c->optimization_level, "PYTHONOPTIMIZE");
    if (c->inspect == 0) {
        env_flag(&c->inspect, "PYTHONINSPECT");
    }
    int off = 0;
    env_flag(&off, "PYTHONDONTWRITEBYTECODE");
    if (off) {
        c->write_bytecode = 0;
    }
    off = 0;
    env_flag(&off, "PYTHONNOUSERSITE");
    if (off) {
        c->user_site_directory = 0;
    }
    off = 0;
    env_flag(&off, "PYTHONUNBUFFERED");
    if (off) {
        c->buffered_stdio = 0;
    }
    const char *safe = getenv("PYTHONSAFEPATH");
    if (c->safe_path == 0 && safe != NULL && safe[0] != '\0') {
        c->safe_path = 1;
    }
    PyStatus st = set_from_env(c, &c->pythonpath_env, "PYTHONPATH");
    const char *warnings = getenv("PYTHONWARNINGS");
    if (!PyStatus_Exception(st) && warnings != NULL && warnings[0] != '\0') {
        wchar_t *all = subpy_decode_locale(warnings);
        if (all == NULL) {
            return PyStatus_NoMemory();
        }
        wchar_t *save = NULL;
        for (wchar_t *w = wcstok(all, L",", &save); w != NULL && !PyStatus_Exception(st);
             w = wcstok(NULL, L",", &save)) {
            st = PyWideStringList_Append(env_warnings, w);
        }
        free(all);
    }
    return st;
}

/* warnoptions, lowest priority first (the warnings module applies the last
 * one last): -X dev's "default", PYTHONWARNINGS, -W, -b/-bb, then what the
 * config already held; a duplicate is left out. */
static PyStatus build_warnoptions(PyConfig *c, const PyWideStringList *env,
                                  const PyWideStringList *cmdline)
{
    PyWideStringList out = { 0, NULL };
    PyStatus st = PyStatus_Ok();
    if (c->dev_mode > 0) {
        st = append_unique(&out, L"default");
    }
    for (Py_ssize_t i = 0; !PyStatus_Exception(st) && i < env->length; i++) {
        st = append_unique(&out, env->items[i]);
    }
    for (Py_ssize_t i = 0; !PyStatus_Exception(st) && i < cmdline->length; i++) {
        st = append_unique(&out, cmdline->items[i]);
    }
    if (!PyStatus_Exception(st) && c->bytes_warning > 0) {
        st = append_unique(&out, c->bytes_warning > 1 ? L"error::BytesWarning"
                                                      : L"default::BytesWarning");
    }
    for (Py_ssize_t i = 0; !PyStatus_Exception(st) && i < c->warnoptions.length; i++) {
        st = append_unique(&out, c->warnoptions.items[i]);
    }
    if (PyStatus_Exception(st)) {
        list_clear(&out);
        return st;
    }
    list_clear(&c->warnoptions);
    c->warnoptions = out;
    return PyStatus_Ok();
}

/* run_filename made absolute against the current directory, as CPython
 * does in PyConfig_Read. */
static PyStatus absolute_run_filename(PyConfig *c)
{
    if (c->run_filename == NULL || c->run_filename[0] == L'/' || c->run_filename[0] == L'\0') {
        return PyStatus_Ok();
    }
    char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof cwd) == NULL) {
        return PyStatus_Ok(); /* CPython keeps the relative name then */
    }
    wchar_t *wcwd = subpy_decode_locale(cwd);
    if (wcwd == NULL) {
        return PyStatus_NoMemory();
    }
    size_t n = wcslen(wcwd);
    wchar_t *joined = malloc((n + wcslen(c->run_filename) + 2) * sizeof *joined);
    if (joined == NULL) {
        free(wcwd);
        return PyStatus_NoMemory();
    }
    wmemcpy(joined, wcwd, n);
    joined[n] = L'/';
    wcscpy(joined + n + 1, c->run_filename);
    free(wcwd);
    free(c->run_filename);
    c->run_filename = joined;
    return PyStatus_Ok();
}

/* What PyConfig_Read computes, in CPython 3.13's order: orig_argv (a copy
 * of argv unless argv is [""]); -I / -E; isolated mode's consequences; the
 * command line when parse_argv is 1 (then parse_argv becomes 2 so that it
 * is never parsed twice) and argv becomes the program's sys.argv (never
 * empty: [""]); with use_environment, the PYTHON* variables (PYTHONPATH
 * into pythonpath_env; PYTHONHOME is left to the path configuration at
 * initialization, as CPython leaves `home` NULL here); warnoptions. The
 * path configuration outputs are not computed. */
PyStatus PyConfig_Read(PyConfig *c)
{
    PyStatus st;
    PyWideStringList cmdline_warnings = { 0, NULL }, env_warnings = { 0, NULL };
    if (c->orig_argv.length == 0 &&
        !(c->argv.length == 1 && wcscmp(c->argv.items[0], L"") == 0)) {
        st = PyConfig_SetWideStringList(c, &c->orig_argv, c->argv.length, c->argv.items);
        if (PyStatus_Exception(st)) {
            return st;
        }
    }
    if (c->parse_argv < 0) {
        c->parse_argv = 1;
    }
    if (c->parse_argv == 1) {
        read_early_options(c);
    }
    if (c->isolated > 0) {
        c->safe_path = 1;
        c->use_environment = 0;
        c->user_site_directory = 0;
    }
    if (c->parse_argv == 1) {
        Py_ssize_t first = 0;
        st = parse_command_line(c, &cmdline_warnings, &first);
        if (!PyStatus_Exception(st)) {
            st = update_argv(c, first);
        }
        if (PyStatus_Exception(st)) {
            goto done;
        }
        c->parse_argv = 2;
    }
    if (c->argv.length == 0) {
        st = PyWideStringList_Append(&c->argv, L"");
        if (PyStatus_Exception(st)) {
            goto done;
        }
    }
    if (c->use_environment > 0) {
        st = read_env(c, &env_warnings);
        if (PyStatus_Exception(st)) {
            goto done;
        }
    }
    for (Py_ssize_t i = 0; i < c->xoptions.length; i++) {
        if (wcscmp(c->xoptions.items[i], L"dev") == 0) {
            c->dev_mode = 1;
        }
    }
    st = build_warnoptions(c, &env_warnings, &cmdline_warnings);
    if (!PyStatus_Exception(st)) {
        st = absolute_run_filename(c);
    }
done:
    list_clear(&cmdline_warnings);
    list_clear(&env_warnings);
    return st;
}

/* A deep copy of src into dst (which holds nothing to free). */
PyStatus subpy_config_copy(PyConfig *dst, const PyConfig *src)
{
    *dst = *src;
#define NULL_STRING(f) dst->f = NULL;
    CONFIG_STRINGS(NULL_STRING)
#undef NULL_STRING
    PyWideStringList *lists[] = { &dst->orig_argv, &dst->argv, &dst->xoptions,
                                  &dst->warnoptions, &dst->module_search_paths };
    const PyWideStringList *from[] = { &src->orig_argv, &src->argv, &src->xoptions,
                                       &src->warnoptions, &src->module_search_paths };
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
        *lists[i] = (PyWideStringList){ 0, NULL };
    }
    PyStatus st = PyStatus_Ok();
#define COPY_STRING(f) \
    if (!PyStatus_Exception(st) && src->f != NULL) { \
        st = PyConfig_SetString(dst, &dst->f, src->f); \
    }
    CONFIG_STRINGS(COPY_STRING)
#undef COPY_STRING
    for (size_t i = 0; !PyStatus_Exception(st) && i < sizeof lists / sizeof lists[0]; i++) {
        st = PyConfig_SetWideStringList(dst, lists[i], from[i]->length, from[i]->items);
    }
    if (PyStatus_Exception(st)) {
        PyConfig_Clear(dst);
    }
    return st;
}

/* --- Py_SetProgramName / Py_SetPythonHome (deprecated) ---------------------
 * Remembered for the next initialization whose config leaves program_name
 * or home unset, as CPython's path configuration uses them. */
static struct {
    pthread_mutex_t mu;
    wchar_t *program_name;
    wchar_t *home;
} legacy = { .mu = PTHREAD_MUTEX_INITIALIZER };

static void legacy_lock(void)
{
    pthread_mutex_lock(&legacy.mu);
}

static void legacy_unlock(void)
{
    pthread_mutex_unlock(&legacy.mu);
}

/* A fork() while another thread holds the lock leaves it usable in the
 * child. */
__attribute__((constructor)) static void register_legacy_fork(void)
{
    pthread_atfork(legacy_lock, legacy_unlock, legacy_unlock);
}

static void legacy_set(wchar_t **field, const wchar_t *value)
{
    wchar_t *copy = value == NULL || value[0] == L'\0' ? NULL : wcsdup(value);
    pthread_mutex_lock(&legacy.mu);
    free(*field);
    *field = copy;
    pthread_mutex_unlock(&legacy.mu);
}

void Py_SetProgramName(const wchar_t *name)
{
    legacy_set(&legacy.program_name, name);
}

void Py_SetPythonHome(const wchar_t *home)
{
    legacy_set(&legacy.home, home);
}

static char *legacy_get(wchar_t *const *field)
{
    pthread_mutex_lock(&legacy.mu);
    char *out = NULL;
    if (*field != NULL) {
        size_t n = wcstombs(NULL, *field, 0);
        if (n != (size_t)-1 && (out = malloc(n + 1)) != NULL) {
            wcstombs(out, *field, n + 1);
        }
    }
    pthread_mutex_unlock(&legacy.mu);
    return out;
}

char *subpy_legacy_program_name(void)
{
    return legacy_get(&legacy.program_name);
}

char *subpy_legacy_home(void)
{
    return legacy_get(&legacy.home);
}
