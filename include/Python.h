/* subpy: the embedding C API, source-compatible with CPython 3.13.
 *
 * Build a host with `build/subpy-config --cflags --ldflags --embed`.
 * What is implemented and how: docs/capi-lifecycle.md.
 */
#ifndef Py_PYTHON_H
#define Py_PYTHON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <errno.h>
#include <limits.h>

#include "patchlevel.h"
#include "pyport.h"
#include "object.h"
#include "boolobject.h"
#include "longobject.h"
#include "unicodeobject.h"
#include "dictobject.h"
#include "moduleobject.h"
#include "pyerrors.h"
#include "pystate.h"
#include "cpython/initconfig.h"
#include "pylifecycle.h"
#include "cpython/pylifecycle.h"
#include "ceval.h"
#include "compile.h"
#include "pythonrun.h"
#include "import.h"

#endif
