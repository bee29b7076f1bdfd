/* subpy: thread identifiers. */
#ifndef Py_PYTHREAD_H
#define Py_PYTHREAD_H
#ifdef __cplusplus
extern "C" {
#endif

/* The calling thread's identifier (pthread_self()), as threading.get_ident(). */
PyAPI_FUNC(unsigned long) PyThread_get_thread_ident(void);
/* The same as an unsigned long long (CPython 3.13's _ex variant). */
PyAPI_FUNC(unsigned long long) PyThread_get_thread_ident_ex(void);
/* The kernel's thread ID (gettid()), as threading.get_native_id(). */
PyAPI_FUNC(unsigned long) PyThread_get_thread_native_id(void);

#ifdef __cplusplus
}
#endif
#endif
