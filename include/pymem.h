/* subpy: memory allocation for hosts and extensions.
 *
 * Both families are the C library's malloc family (there is no obmalloc):
 * memory from one family must still be freed by the same family, as the
 * CPython documentation requires. A request of 0 bytes returns a distinct
 * non-NULL pointer, as CPython's do. The "Raw" family may be called without
 * a thread state and before initialization. */
#ifndef Py_PYMEM_H
#define Py_PYMEM_H
#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(void *) PyMem_RawMalloc(size_t size);
PyAPI_FUNC(void *) PyMem_RawCalloc(size_t nelem, size_t elsize);
PyAPI_FUNC(void *) PyMem_RawRealloc(void *ptr, size_t new_size);
PyAPI_FUNC(void) PyMem_RawFree(void *ptr);

PyAPI_FUNC(void *) PyMem_Malloc(size_t size);
PyAPI_FUNC(void *) PyMem_Calloc(size_t nelem, size_t elsize);
PyAPI_FUNC(void *) PyMem_Realloc(void *ptr, size_t new_size);
PyAPI_FUNC(void) PyMem_Free(void *ptr);

#ifdef __cplusplus
}
#endif
#endif
