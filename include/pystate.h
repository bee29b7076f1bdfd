/* subpy: interpreter and thread states.
 *
 * PyInterpreterState and PyThreadState are opaque: the C front library
 * allocates them and they stand for statestruct.Interpreter and
 * statestruct.Thread of the engine. See docs/capi-lifecycle.md for the
 * semantics, including where subpy deliberately differs from CPython.
 */
#ifndef Py_PYSTATE_H
#define Py_PYSTATE_H
#ifdef __cplusplus
extern "C" {
#endif

typedef struct _is PyInterpreterState;
typedef struct _ts PyThreadState;

/* A bare interpreter (no sys, no builtins) needs the engine: until it
 * exists PyInterpreterState_New sets an exception and returns NULL, so
 * Clear and Delete never receive one of its interpreters; given any other
 * interpreter they are a fatal error (end it with Py_EndInterpreter). */
PyAPI_FUNC(PyInterpreterState *) PyInterpreterState_New(void);
PyAPI_FUNC(void) PyInterpreterState_Clear(PyInterpreterState *);
PyAPI_FUNC(void) PyInterpreterState_Delete(PyInterpreterState *);
PyAPI_FUNC(PyInterpreterState *) PyInterpreterState_Get(void);
PyAPI_FUNC(PyObject *) PyInterpreterState_GetDict(PyInterpreterState *);
PyAPI_FUNC(int64_t) PyInterpreterState_GetID(PyInterpreterState *);
PyAPI_FUNC(PyInterpreterState *) PyInterpreterState_Main(void);
PyAPI_FUNC(PyInterpreterState *) PyInterpreterState_Head(void);
PyAPI_FUNC(PyInterpreterState *) PyInterpreterState_Next(PyInterpreterState *);
PyAPI_FUNC(PyThreadState *) PyInterpreterState_ThreadHead(PyInterpreterState *);

PyAPI_FUNC(PyThreadState *) PyThreadState_New(PyInterpreterState *);
PyAPI_FUNC(void) PyThreadState_Clear(PyThreadState *);
PyAPI_FUNC(void) PyThreadState_Delete(PyThreadState *);
PyAPI_FUNC(void) PyThreadState_DeleteCurrent(void);
PyAPI_FUNC(PyThreadState *) PyThreadState_Get(void);
PyAPI_FUNC(PyThreadState *) PyThreadState_GetUnchecked(void);
PyAPI_FUNC(PyThreadState *) PyThreadState_Swap(PyThreadState *);
PyAPI_FUNC(PyInterpreterState *) PyThreadState_GetInterpreter(PyThreadState *tstate);
PyAPI_FUNC(uint64_t) PyThreadState_GetID(PyThreadState *tstate);
PyAPI_FUNC(PyThreadState *) PyThreadState_Next(PyThreadState *);
/* NULL without an exception: no per-thread dictionary yet (the C API
 * documentation allows NULL). */
PyAPI_FUNC(PyObject *) PyThreadState_GetDict(void);
/* Needs the engine: sets an exception and returns -1 until it exists. */
PyAPI_FUNC(int) PyThreadState_SetAsyncExc(unsigned long id, PyObject *exc);
#define PyThreadState_GET() PyThreadState_Get()

typedef enum { PyGILState_LOCKED, PyGILState_UNLOCKED } PyGILState_STATE;

PyAPI_FUNC(PyGILState_STATE) PyGILState_Ensure(void);
PyAPI_FUNC(void) PyGILState_Release(PyGILState_STATE);
PyAPI_FUNC(PyThreadState *) PyGILState_GetThisThreadState(void);
PyAPI_FUNC(int) PyGILState_Check(void);

#ifdef __cplusplus
}
#endif
#endif
