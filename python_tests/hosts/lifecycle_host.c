/* A small C host for the build and install tests: it initializes, names the
 * subpy libraries the process actually mapped (so a test can tell an
 * installed copy from build/), runs one own-lock interpreter and finalizes.
 * Written against CPython's documented API only. */
#define _POSIX_C_SOURCE 200809L
#include <Python.h>

#include <stdio.h>
#include <string.h>

/* print_mapped_libraries lists each file of /proc/self/maps whose name holds
 * "libsubpy" once. */
static void print_mapped_libraries(void)
{
    char line[4096];
    char seen[8][4096];
    int nseen = 0;
    FILE *maps = fopen("/proc/self/maps", "r");

    if (maps == NULL)
        return;
    while (fgets(line, sizeof line, maps) != NULL) {
        char *path = strchr(line, '/');
        int known = 0;

        if (path == NULL || strstr(path, "libsubpy") == NULL)
            continue;
        path[strcspn(path, "\n")] = '\0';
        for (int i = 0; i < nseen; i++)
            known |= strcmp(seen[i], path) == 0;
        if (!known && nseen < 8) {
            snprintf(seen[nseen++], sizeof seen[0], "%s", path);
            printf("loaded: %s\n", path);
        }
    }
    fclose(maps);
}

int main(void)
{
    PyConfig config;
    PyStatus status;
    PyThreadState *main_tstate;
    PyThreadState *sub_tstate = NULL;
    PyInterpreterConfig sub_config = {
        .check_multi_interp_extensions = 1,
        .gil = PyInterpreterConfig_OWN_GIL,
    };

    PyConfig_InitIsolatedConfig(&config);
    status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status))
        Py_ExitStatusException(status);
    printf("initialized: %d\n", Py_IsInitialized());
    print_mapped_libraries();

    main_tstate = PyThreadState_Get();
    status = Py_NewInterpreterFromConfig(&sub_tstate, &sub_config);
    if (PyStatus_Exception(status))
        Py_ExitStatusException(status);
    printf("interpreter: %lld\n",
           (long long)PyInterpreterState_GetID(PyThreadState_GetInterpreter(sub_tstate)));
    Py_EndInterpreter(sub_tstate);
    PyThreadState_Swap(main_tstate);
    printf("finalized: %d\n", Py_FinalizeEx());
    return 0;
}
