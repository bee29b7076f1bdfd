"""One lifecycle scenario, run in a fresh process by the tests.

    python lifecycle_scenarios.py BINDING SCENARIO [JSON-ARGUMENT]

BINDING is ctypes, ctypes-global or cffi (bindings.load). Each process loads
libsubpy.so once, so every binding mode gets its own process. The scenario
only observes; it prints what it saw as one JSON object on the last line of
stdout and the tests judge it, so a failure shows every observation.
"""
import json
import sys
import threading
import time

import bindings


def observe_binding(runtime, _argument):
    """The same functions asked of the host CPython and of subpy: they must
    answer for their own runtime, before, during and after ours lives."""
    host = bindings.host_runtime()
    seen = {
        "host_initialized_before": host.Py_IsInitialized(),
        "ours_initialized_before": runtime.call("Py_IsInitialized"),
        "host_version": host.Py_GetVersion().decode(),
        "ours_version": runtime.version(),
        "host_status_error": bindings.status_tuple_ctypes(host.PyStatus_Error(b"boom")),
        "ours_status_error": runtime.call("PyStatus_Error", b"boom"),
        "host_status_exit": bindings.status_tuple_ctypes(host.PyStatus_Exit(7)),
        "ours_status_exit": runtime.call("PyStatus_Exit", 7),
        "ours_status_exception": [runtime.call("PyStatus_Exception", runtime_status)
                                  for runtime_status in _raw_statuses(runtime)],
    }
    # Data symbols: the objects our functions hand out must be our own, not
    # the host's objects of the same name (Py_True is _Py_TrueStruct).
    for name, truth in (("_Py_TrueStruct", 1), ("_Py_FalseStruct", 0)):
        seen[name] = {"returned": runtime.pointer("PyBool_FromLong", truth),
                      "ours": runtime.own_data_address(name),
                      "host": bindings.data_address(host, name)}
    seen["init_status"] = runtime.initialize_from_config(isolated=True)
    seen["ours_initialized_after_init"] = runtime.call("Py_IsInitialized")
    seen["host_initialized_after_init"] = host.Py_IsInitialized()
    main_tstate = runtime.pointer("PyThreadState_GetUnchecked")
    seen["has_tstate_after_init"] = main_tstate != 0
    seen["main_id"] = runtime.interpreter_id(main_tstate) if main_tstate else None
    seen["finalize"] = runtime.call("Py_FinalizeEx")
    seen["ours_initialized_after_finalize"] = runtime.call("Py_IsInitialized")
    seen["tstate_after_finalize"] = runtime.pointer("PyThreadState_GetUnchecked")
    seen["host_initialized_after_finalize"] = host.Py_IsInitialized()
    # A second life, through the other entry point.
    runtime.call("Py_InitializeEx", 0)
    seen["ours_initialized_again"] = runtime.call("Py_IsInitialized")
    seen["finalize_again"] = runtime.call("Py_FinalizeEx")
    # A third, through the plainest one.
    runtime.call("Py_Initialize")
    seen["ours_initialized_third"] = runtime.call("Py_IsInitialized")
    seen["finalize_third"] = runtime.call("Py_FinalizeEx")
    # The host still works, including a binary extension module it loads
    # after ours (with RTLD_GLOBAL our Py* names are in the global scope).
    seen["host_decimal_loaded_before"] = "_decimal" in sys.modules
    import _decimal

    seen["host_decimal_file"] = getattr(_decimal, "__file__", "")
    seen["host_decimal"] = str(_decimal.Decimal(1) / _decimal.Decimal(7))
    return seen


def _raw_statuses(runtime):
    """Raw PyStatus values (ok, error, exit) to pass back by value."""
    return [runtime.lib.PyStatus_Ok(), runtime.lib.PyStatus_Error(b"x"),
            runtime.lib.PyStatus_Exit(3)]


def observe_interpreters(runtime, rejected_configs):
    """Sub-interpreters on one thread: create, swap, end, the legacy call,
    and configurations that must be refused."""
    seen = {"init_status": runtime.initialize_from_config(isolated=False)}
    main = runtime.pointer("PyThreadState_GetUnchecked")
    status, sub = runtime.new_interpreter()
    seen["new_status"] = status
    seen["sub_differs_from_main"] = sub not in (0, main)
    seen["sub_is_current"] = runtime.pointer("PyThreadState_GetUnchecked") == sub
    seen["sub_id"] = runtime.interpreter_id(sub)
    seen["main_id"] = runtime.interpreter_id(main)
    seen["swap_to_main_returned_sub"] = runtime.pointer("PyThreadState_Swap", main) == sub
    seen["main_is_current"] = runtime.pointer("PyThreadState_GetUnchecked") == main
    seen["swap_to_sub_returned_main"] = runtime.pointer("PyThreadState_Swap", sub) == main
    runtime.call("Py_EndInterpreter", sub)
    seen["current_after_end"] = runtime.pointer("PyThreadState_GetUnchecked")
    seen["swap_back_returned"] = runtime.pointer("PyThreadState_Swap", main)

    ids = []
    for _ in range(3):
        status, tstate = runtime.new_interpreter()
        ids.append(runtime.interpreter_id(tstate) if status[0] == 0 else None)
        runtime.call("Py_EndInterpreter", tstate)
        runtime.pointer("PyThreadState_Swap", main)
    seen["successive_ids"] = ids

    legacy = runtime.pointer("Py_NewInterpreter")
    seen["legacy_created"] = legacy not in (0, main)
    seen["legacy_id"] = runtime.interpreter_id(legacy) if legacy else None
    if legacy:
        runtime.call("Py_EndInterpreter", legacy)
    runtime.pointer("PyThreadState_Swap", main)

    seen["rejected"] = []
    for config in rejected_configs:
        status, tstate = runtime.new_interpreter(**config)
        seen["rejected"].append({
            "config": config, "status": status, "tstate": tstate,
            "main_still_current": runtime.pointer("PyThreadState_GetUnchecked") == main})
    seen["finalize"] = runtime.call("Py_FinalizeEx")
    return seen


def observe_threads(runtime, argument):
    """Several Python threads at once, each creating, checking and ending its
    own OWN_GIL interpreters, then each borrowing the main interpreter
    through PyGILState, while the main thread has released it."""
    nthreads, cycles = argument["threads"], argument["cycles"]
    seen = {"init_status": runtime.initialize_from_config(isolated=True)}
    main = runtime.pointer("PyEval_SaveThread")
    seen["current_after_save"] = runtime.pointer("PyThreadState_GetUnchecked")
    lock = threading.Lock()
    live = [0, 0]  # live now, most live at once
    records = []
    gilstate_records = []
    failures = []
    start = threading.Barrier(nthreads)
    together = threading.Barrier(nthreads)
    together_records = []

    def worker():
        try:
            # Each thread keeps its own OWN_GIL interpreter current while the
            # others create theirs: with one lock for all they would block
            # and the barrier would time out.
            status, tstate = runtime.new_interpreter()
            together.wait(timeout=30)
            record = {"status": status, "current_is_new": tstate != 0 and
                      runtime.pointer("PyThreadState_GetUnchecked") == tstate}
            runtime.call("Py_EndInterpreter", tstate)
            with lock:
                together_records.append(record)
            start.wait()
            for _ in range(cycles):
                status, tstate = runtime.new_interpreter()
                current = runtime.pointer("PyThreadState_GetUnchecked")
                with lock:
                    live[0] += 1
                    live[1] = max(live[1], live[0])
                record = {"status": status, "current_is_new": current == tstate and tstate != 0,
                          "id": runtime.interpreter_id(tstate) if tstate else None}
                with lock:
                    live[0] -= 1
                runtime.call("Py_EndInterpreter", tstate)
                record["current_after_end"] = runtime.pointer("PyThreadState_GetUnchecked")
                with lock:
                    records.append(record)
            state = runtime.call("PyGILState_Ensure")
            current = runtime.pointer("PyThreadState_GetUnchecked")
            gil_record = {"attached": current != 0, "check": runtime.call("PyGILState_Check"),
                          "id": runtime.interpreter_id(current) if current else None}
            runtime.call("PyGILState_Release", state)
            gil_record["current_after_release"] = runtime.pointer("PyThreadState_GetUnchecked")
            with lock:
                gilstate_records.append(gil_record)
        except Exception as error:  # reported, judged by the test
            with lock:
                failures.append(repr(error))

    began = time.monotonic()
    workers = [threading.Thread(target=worker) for _ in range(nthreads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join(timeout=120)
    seen["seconds"] = round(time.monotonic() - began, 3)
    seen["hung_threads"] = sum(thread.is_alive() for thread in workers)
    seen["failures"] = failures
    seen["records"] = records
    seen["together"] = together_records
    seen["gilstate"] = gilstate_records
    seen["most_live_at_once"] = live[1]
    runtime.call("PyEval_RestoreThread", main)
    seen["main_restored"] = runtime.pointer("PyThreadState_GetUnchecked") == main
    seen["finalize"] = runtime.call("Py_FinalizeEx")
    seen["initialized_after"] = runtime.call("Py_IsInitialized")
    return seen


SCENARIOS = {
    "binding": observe_binding,
    "interpreters": observe_interpreters,
    "threads": observe_threads,
}


def main():
    binding, scenario = sys.argv[1], sys.argv[2]
    argument = json.loads(sys.argv[3]) if len(sys.argv) > 3 else None
    runtime = bindings.load(binding)
    seen = SCENARIOS[scenario](runtime, argument)
    sys.stdout.write(json.dumps(seen) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
