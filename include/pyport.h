/* subpy: basic types and the export/visibility macros used by every header. */
#ifndef Py_PYPORT_H
#define Py_PYPORT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef ssize_t Py_ssize_t;
typedef Py_ssize_t Py_hash_t;
typedef size_t Py_uhash_t;

#define PY_SSIZE_T_MAX ((Py_ssize_t)(((size_t)-1) >> 1))
#define PY_SSIZE_T_MIN (-PY_SSIZE_T_MAX - 1)

#define Py_EXPORTED_SYMBOL __attribute__((visibility("default")))
#define PyAPI_FUNC(RTYPE) Py_EXPORTED_SYMBOL RTYPE
#define PyAPI_DATA(RTYPE) extern Py_EXPORTED_SYMBOL RTYPE
#define PyMODINIT_FUNC PyAPI_FUNC(PyObject *)

#define _Py_NO_RETURN __attribute__((__noreturn__))
#define Py_DEPRECATED(VERSION_UNUSED) __attribute__((__deprecated__))
#define Py_LOCAL_INLINE(type) static inline type
#define _Py_CAST(type, expr) ((type)(expr))
#define Py_UNUSED(name) _unused_ ## name __attribute__((unused))

#define Py_MIN(x, y) (((x) > (y)) ? (y) : (x))
#define Py_MAX(x, y) (((x) > (y)) ? (x) : (y))

#endif
