/* subpy: the feature-test macros CPython 3.13's pyconfig.h defines on
 * Linux, so that a host written against CPython's Python.h (which includes
 * pyconfig.h before any system header) sees the same declarations: POSIX
 * 2008, X/Open 7 and GNU extensions (clock_gettime, pthread_barrier_t,
 * strdup, ...) even under -std=c11. Same guards and values as CPython's,
 * so the same host code builds against either without new warnings. */
#ifndef Py_PYCONFIG_H
#define Py_PYCONFIG_H

#ifndef _DARWIN_C_SOURCE
# define _DARWIN_C_SOURCE 1
#endif
#ifndef _GNU_SOURCE
# define _GNU_SOURCE 1
#endif
#ifndef _NETBSD_SOURCE
# define _NETBSD_SOURCE 1
#endif
#ifndef _XOPEN_SOURCE
# define _XOPEN_SOURCE 700
#endif

#define _FILE_OFFSET_BITS 64
#define _LARGEFILE_SOURCE 1
#define _POSIX_C_SOURCE 200809L
#define _REENTRANT 1
#define _XOPEN_SOURCE_EXTENDED 1
#define __BSD_VISIBLE 1

#endif
