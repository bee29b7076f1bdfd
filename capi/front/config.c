/* PyPreConfig and PyConfig: plain C, no engine needed, so a prefork host can
 * configure before fork() and initialize in each child.
 *
 * Defaults are CPython 3.13's, field by field (ctests compares a dump of
 * both libraries' PyConfig_Init*Config). Strings are malloc'd copies owned
 * by the config; PyConfig_Clear frees them. */
#include "front.h"

#include <stdlib.h>
#include <string.h>
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
static wchar_t *decode_locale(const char *s)
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
        decoded = decode_locale(str);
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
        wchar_t *w = decode_locale(argv[i]);
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

/* What PyConfig_Read computes here: orig_argv (a copy of argv), argv never
 * empty (CPython makes it [""]), and, when use_environment is set,
 * home and pythonpath_env from PYTHONHOME and PYTHONPATH. Command-line
 * parsing (parse_argv) and the path configuration outputs are not computed
 * yet: parse_argv is stored, and Py_BytesMain parses its own options. */
PyStatus PyConfig_Read(PyConfig *c)
{
    PyStatus st;
    if (c->orig_argv.length == 0 && c->argv.length > 0) {
        st = PyConfig_SetWideStringList(c, &c->orig_argv, c->argv.length, c->argv.items);
        if (PyStatus_Exception(st)) {
            return st;
        }
    }
    if (c->argv.length == 0) {
        st = PyWideStringList_Append(&c->argv, L"");
        if (PyStatus_Exception(st)) {
            return st;
        }
    }
    if (c->use_environment > 0 && !c->isolated) {
        st = set_from_env(c, &c->home, "PYTHONHOME");
        if (PyStatus_Exception(st)) {
            return st;
        }
        st = set_from_env(c, &c->pythonpath_env, "PYTHONPATH");
        if (PyStatus_Exception(st)) {
            return st;
        }
    }
    return PyStatus_Ok();
}
