"""The object layer driven through ctypes, in a fresh process.

    python objects_scenario.py ours|host

`ours` loads libsubpy.so (ctypes, default mode) and initializes it; `host`
asks the running CPython itself (ctypes.pythonapi, which holds the GIL).
Both run the same calls and print what they saw as one JSON object on the
last line of stdout; test_ctypes_objects.py compares the two.
"""
import ctypes
import json
import sys

import bindings
import hostenv

Py_file_input, Py_eval_input = 257, 258


def text(api, obj):
    """str(obj) through the C API, releasing obj's str; None for NULL."""
    if not obj:
        return None
    s = api.PyObject_Str(obj)
    value = api.PyUnicode_AsUTF8(s).decode()
    api.Py_DecRef(s)
    return value


def exception_name(api, library):
    """The raised exception's type, named by the PyExc_* symbol it is."""
    occurred = api.PyErr_Occurred()
    for name in ("PyExc_ZeroDivisionError", "PyExc_NameError", "PyExc_SyntaxError",
                 "PyExc_OverflowError", "PyExc_TypeError", "PyExc_ModuleNotFoundError"):
        if occurred == bindings.data_pointer(library, name):
            return name
    return "unknown" if occurred else None


def attempt(api, library, function, *args):
    """Calls a function expected to fail: [its result, the PyExc_* name of
    the exception, str(exception)], the exception cleared. ctypes.pythonapi
    (the host) turns the error into a Python exception itself."""
    try:
        result = function(*args)
    except Exception as e:  # the host: ctypes raised what the call set
        return [0 if not isinstance(e, OverflowError) else -1, "PyExc_" + type(e).__name__, str(e)]
    name = exception_name(api, library)
    exc = api.PyErr_GetRaisedException()
    message = text(api, exc)
    api.Py_DecRef(exc)
    return [result or 0, name, message]


def scenario(api, library):
    seen = {}
    g = api.PyDict_New()
    r = api.PyRun_String(b"x = 6 * 7\ny = [x, 'a', 2.5]\ndef f(n):\n    return n * 2\n", Py_file_input, g, None)
    seen["run_result_is_none"] = r == ctypes.addressof(ctypes.c_char.in_dll(library, "_Py_NoneStruct"))
    seen["x"] = api.PyLong_AsLong(api.PyDict_GetItemString(g, b"x"))
    seen["y"] = text(api, api.PyObject_Repr(api.PyDict_GetItemString(g, b"y")))
    seen["y_len"] = api.PyList_Size(api.PyDict_GetItemString(g, b"y"))
    e = api.PyRun_String(b"x / 4", Py_eval_input, g, None)
    seen["eval"] = api.PyFloat_AsDouble(e)
    api.Py_DecRef(e)
    code = api.Py_CompileString(b"z = f(x) + 1", b"<ctypes>", Py_file_input)
    api.Py_DecRef(api.PyEval_EvalCode(code, g, g))
    api.Py_DecRef(code)
    seen["z"] = api.PyLong_AsLong(api.PyDict_GetItemString(g, b"z"))
    for label, src, start in (("div_zero", b"1 / 0", Py_eval_input),
                              ("name_error", b"nope + 1", Py_eval_input),
                              ("syntax_error", b"x = (", Py_file_input)):
        seen[label] = attempt(api, library, api.PyRun_String, src, start, g, None)
    big = api.PyRun_String(b"2 ** 80", Py_eval_input, g, None)
    seen["as_long_big"] = attempt(api, library, api.PyLong_AsLong, big)[:2]
    api.Py_DecRef(big)
    sys_module = api.PyImport_ImportModule(b"sys")
    seen["sys_name"] = api.PyModule_GetName(sys_module).decode()
    api.Py_DecRef(sys_module)
    seen["missing_module"] = attempt(api, library, api.PyImport_ImportModule, b"no_such_mod_42")[:2]
    seen["pending_after"] = api.PyErr_Occurred() or 0
    api.Py_DecRef(g)
    return seen


def main():
    mode = sys.argv[1]
    if mode == "ours":
        library = ctypes.CDLL(hostenv.FRONT_LIB)
        library.Py_InitializeEx.argtypes = [ctypes.c_int]
        library.Py_InitializeEx(0)
        api = bindings.object_api(library)
    else:
        library = api = bindings.object_api(ctypes.pythonapi)
    seen = scenario(api, library)
    if mode == "ours":
        library.Py_FinalizeEx.restype = ctypes.c_int
        seen["finalize"] = library.Py_FinalizeEx()
    sys.stdout.flush()
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
