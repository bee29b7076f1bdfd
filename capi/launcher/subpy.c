/* subpy: the command-line interpreter, a minimal host of the embedding API.
 *
 * Everything happens in Py_BytesMain (capi/front/main.c), as it does for
 * CPython's `python3` over libpython; this program only hands it argv, so it
 * links against libsubpy.so like any other host. */
#include "Python.h"

int main(int argc, char **argv)
{
    return Py_BytesMain(argc, argv);
}
