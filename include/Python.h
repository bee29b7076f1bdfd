/* subpy: the embedding C API, source-compatible with CPython 3.13.
 *
 * Build a host with `build/subpy-config --cflags --ldflags --embed`.
 * What is implemented and how: docs/capi-lifecycle.md.
 */
#ifndef Py_PYTHON_H
#define Py_PYTHON_H

/* As CPython's Python.h: patchlevel.h and pyconfig.h (the feature-test
 * macros) before any system header, then the standard headers CPython's
 * Python.h includes, which hosts rely on. */
#include "patchlevel.h"
#include "pyconfig.h"

#include <assert.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>
#include <sys/types.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pyport.h"
#include "pymem.h"
#include "object.h"
#include "boolobject.h"
#include "longobject.h"
#include "floatobject.h"
#include "bytesobject.h"
#include "tupleobject.h"
#include "listobject.h"
#include "unicodeobject.h"
#include "dictobject.h"
#include "methodobject.h"
#include "moduleobject.h"
#include "pyerrors.h"
#include "pystate.h"
#include "pythread.h"
#include "fileutils.h"
#include "sysmodule.h"
#include "cpython/initconfig.h"
#include "pylifecycle.h"
#include "cpython/pylifecycle.h"
#include "ceval.h"
#include "compile.h"
#include "pythonrun.h"
#include "import.h"
#include "abstract.h"
#include "modsupport.h"
#include "pycapsule.h"

#endif
