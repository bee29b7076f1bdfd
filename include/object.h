/* subpy: the object header seen by C, and reference counting.
 *
 * Every object a C caller sees is a C-allocated header. Reference counts are
 * changed inline, in C; when a count drops to zero _Py_Dealloc hands the
 * object back to its owner (the engine). The singletons (None, True, False)
 * and the exported type objects are immortal: their count never changes.
 */
#ifndef Py_OBJECT_H
#define Py_OBJECT_H

#include "pyport.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _typeobject PyTypeObject;

/* Same first two fields as CPython 3.13 (non-free-threaded, 64-bit). */
typedef struct _object {
    Py_ssize_t ob_refcnt;
    PyTypeObject *ob_type;
} PyObject;

typedef struct {
    PyObject ob_base;
    Py_ssize_t ob_size;
} PyVarObject;

typedef void (*destructor)(PyObject *);

/* The leading fields of CPython 3.13's type object, in its order, so that
 * Py_TYPE(op)->tp_name works. The engine issue extends it; hosts do not
 * define static types against this header yet. */
struct _typeobject {
    PyVarObject ob_base;
    const char *tp_name;
    Py_ssize_t tp_basicsize, tp_itemsize;
    destructor tp_dealloc;
};

#define PyObject_HEAD PyObject ob_base;
#define PyObject_VAR_HEAD PyVarObject ob_base;
#define _PyObject_CAST(op) _Py_CAST(PyObject *, (op))
#define _PyVarObject_CAST(op) _Py_CAST(PyVarObject *, (op))

/* Immortal objects start with this count; an object is immortal while the
 * low 32 bits of its count read as a negative int32 (CPython 3.13's rule on
 * 64-bit platforms, so increments never make it mortal). */
#define _Py_IMMORTAL_REFCNT ((Py_ssize_t)UINT32_MAX)

static inline int _Py_IsImmortal(PyObject *op)
{
    return (int32_t)op->ob_refcnt < 0;
}

PyAPI_FUNC(void) _Py_Dealloc(PyObject *);
PyAPI_FUNC(void) Py_IncRef(PyObject *);
PyAPI_FUNC(void) Py_DecRef(PyObject *);

static inline void Py_INCREF(PyObject *op)
{
    if (_Py_IsImmortal(op)) {
        return;
    }
    op->ob_refcnt++;
}
#define Py_INCREF(op) Py_INCREF(_PyObject_CAST(op))

static inline void Py_DECREF(PyObject *op)
{
    if (_Py_IsImmortal(op)) {
        return;
    }
    if (--op->ob_refcnt == 0) {
        _Py_Dealloc(op);
    }
}
#define Py_DECREF(op) Py_DECREF(_PyObject_CAST(op))

static inline void Py_XINCREF(PyObject *op)
{
    if (op != NULL) {
        Py_INCREF(op);
    }
}
#define Py_XINCREF(op) Py_XINCREF(_PyObject_CAST(op))

static inline void Py_XDECREF(PyObject *op)
{
    if (op != NULL) {
        Py_DECREF(op);
    }
}
#define Py_XDECREF(op) Py_XDECREF(_PyObject_CAST(op))

static inline PyObject *_Py_NewRef(PyObject *op) { Py_INCREF(op); return op; }
static inline PyObject *_Py_XNewRef(PyObject *op) { Py_XINCREF(op); return op; }
#define Py_NewRef(op) _Py_NewRef(_PyObject_CAST(op))
#define Py_XNewRef(op) _Py_XNewRef(_PyObject_CAST(op))

#define Py_CLEAR(op) \
    do { \
        PyObject **_py_tmp_ptr = (PyObject **)&(op); \
        PyObject *_py_tmp = *_py_tmp_ptr; \
        if (_py_tmp != NULL) { \
            *_py_tmp_ptr = NULL; \
            Py_DECREF(_py_tmp); \
        } \
    } while (0)

#define Py_REFCNT(ob) (_PyObject_CAST(ob)->ob_refcnt)

/* As CPython 3.13: an immortal object's count never changes. */
static inline void Py_SET_REFCNT(PyObject *ob, Py_ssize_t refcnt)
{
    if (_Py_IsImmortal(ob)) {
        return;
    }
    ob->ob_refcnt = refcnt;
}
#define Py_SET_REFCNT(ob, refcnt) Py_SET_REFCNT(_PyObject_CAST(ob), (refcnt))

/* Replace *dst_ptr by src, then release the old value (after the store, so
 * a destructor never sees the old object through dst). */
#define Py_SETREF(dst, src) \
    do { \
        __typeof__(dst) *_tmp_dst_ptr = &(dst); \
        __typeof__(dst) _tmp_old_dst = (*_tmp_dst_ptr); \
        *_tmp_dst_ptr = (src); \
        Py_DECREF(_tmp_old_dst); \
    } while (0)
#define Py_XSETREF(dst, src) \
    do { \
        __typeof__(dst) *_tmp_dst_ptr = &(dst); \
        __typeof__(dst) _tmp_old_dst = (*_tmp_dst_ptr); \
        *_tmp_dst_ptr = (src); \
        Py_XDECREF(_tmp_old_dst); \
    } while (0)
#define Py_TYPE(ob) (_PyObject_CAST(ob)->ob_type)
#define Py_SIZE(ob) (_PyVarObject_CAST(ob)->ob_size)
#define Py_Is(x, y) ((x) == (y))
#define Py_IsNone(x) Py_Is((x), Py_None)

/* The None singleton. */
PyAPI_DATA(PyObject) _Py_NoneStruct;
#define Py_None (&_Py_NoneStruct)
#define Py_RETURN_NONE return Py_None

PyAPI_DATA(PyObject) _Py_NotImplementedStruct;
#define Py_NotImplemented (&_Py_NotImplementedStruct)

PyAPI_DATA(PyTypeObject) PyType_Type;
PyAPI_DATA(PyTypeObject) PyBaseObject_Type;

/* Need the engine (issue 5); until then they set an exception and return
 * the error value. */
PyAPI_FUNC(PyObject *) PyObject_Str(PyObject *);
PyAPI_FUNC(PyObject *) PyObject_Repr(PyObject *);
PyAPI_FUNC(PyObject *) PyObject_GetAttrString(PyObject *, const char *);
PyAPI_FUNC(int) PyObject_SetAttrString(PyObject *, const char *, PyObject *);
PyAPI_FUNC(int) PyObject_HasAttrString(PyObject *, const char *);
PyAPI_FUNC(PyObject *) PyObject_CallObject(PyObject *callable, PyObject *args);
PyAPI_FUNC(int) PyObject_IsTrue(PyObject *);

#ifdef __cplusplus
}
#endif
#endif
