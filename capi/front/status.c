/* PyStatus helpers and PyWideStringList: plain C, no engine needed. */
#include "front.h"

#include <stdlib.h>
#include <wchar.h>

PyStatus PyStatus_Ok(void)
{
    return (PyStatus){ ._type = _PyStatus_TYPE_OK };
}

PyStatus PyStatus_Error(const char *err_msg)
{
    return (PyStatus){ ._type = _PyStatus_TYPE_ERROR, .err_msg = err_msg };
}

PyStatus PyStatus_NoMemory(void)
{
    return PyStatus_Error("memory allocation failed");
}

PyStatus PyStatus_Exit(int exitcode)
{
    return (PyStatus){ ._type = _PyStatus_TYPE_EXIT, .exitcode = exitcode };
}

int PyStatus_IsError(PyStatus status)
{
    return status._type == _PyStatus_TYPE_ERROR;
}

int PyStatus_IsExit(PyStatus status)
{
    return status._type == _PyStatus_TYPE_EXIT;
}

int PyStatus_Exception(PyStatus status)
{
    return status._type != _PyStatus_TYPE_OK;
}

PyStatus PyWideStringList_Insert(PyWideStringList *list, Py_ssize_t index, const wchar_t *item)
{
    if (index < 0) {
        return (PyStatus){ ._type = _PyStatus_TYPE_ERROR, .func = "PyWideStringList_Insert",
                           .err_msg = "PyWideStringList_Insert index must be >= 0" };
    }
    Py_ssize_t len = list->length;
    if (index > len) {
        index = len;
    }
    wchar_t *copy = wcsdup(item);
    if (copy == NULL) {
        return PyStatus_NoMemory();
    }
    wchar_t **items = realloc(list->items, (size_t)(len + 1) * sizeof *items);
    if (items == NULL) {
        free(copy);
        return PyStatus_NoMemory();
    }
    for (Py_ssize_t i = len; i > index; i--) {
        items[i] = items[i - 1];
    }
    items[index] = copy;
    list->items = items;
    list->length = len + 1;
    return PyStatus_Ok();
}

PyStatus PyWideStringList_Append(PyWideStringList *list, const wchar_t *item)
{
    return PyWideStringList_Insert(list, list->length, item);
}
