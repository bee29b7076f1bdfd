"""The checks on lifecycle_scenarios.py's observations, shared by the ctypes
and cffi test files: each test class names its binding."""
import json
import os
import sys
import textwrap
import unittest

import hostenv
from hostenv import run

SCENARIOS = os.path.join(hostenv.HERE, "lifecycle_scenarios.py")

# Interpreter configurations CPython 3.13 refuses without creating anything;
# the oracle confirms each one at test time.
REJECTED_CONFIGS = [
    # A separate allocator requires multi-phase-init-only extensions.
    dict(use_main_obmalloc=0, check_multi_interp_extensions=0),
    dict(gil=3),
    dict(gil=-1),
]

_ORACLE_PROGRAM = textwrap.dedent("""
    import ctypes, json, sys
    sys.path.insert(0, %r)
    import bindings
    api = ctypes.pythonapi
    api.Py_NewInterpreterFromConfig.restype = bindings.PyStatus
    answers = []
    for config in json.loads(sys.argv[1]):
        tstate = ctypes.c_void_p()
        settings = bindings.PyInterpreterConfig(**dict(bindings.ISOLATED_INTERPRETER, **config))
        status = api.Py_NewInterpreterFromConfig(ctypes.byref(tstate), ctypes.byref(settings))
        if status._type == 0:
            # CPython switched to a new interpreter: leave at once.
            sys.stdout.write("accepted " + json.dumps(config) + "\\n"); sys.stdout.flush()
            import os; os._exit(3)
        answers.append(bindings.status_tuple_ctypes(status))
    print(json.dumps(answers))
""") % hostenv.HERE


def oracle_rejections():
    """CPython 3.13's statuses for REJECTED_CONFIGS (its own ctypes.pythonapi)."""
    result = run([hostenv.PY313, "-c", _ORACLE_PROGRAM, json.dumps(REJECTED_CONFIGS)])
    if result.returncode != 0:
        raise AssertionError("the oracle did not refuse them all: %s%s"
                             % (result.stdout, result.stderr))
    return json.loads(result.stdout.splitlines()[-1])


class LifecycleChecks:
    binding = None  # set by each test class

    def scenario(self, name, argument=None):
        argv = [sys.executable, SCENARIOS, self.binding, name]
        if argument is not None:
            argv.append(json.dumps(argument))
        result = run(argv, cwd=hostenv.HERE)
        self.assertEqual(result.returncode, 0,
                         "scenario %s exited %d\nstdout: %s\nstderr: %s"
                         % (name, result.returncode, result.stdout[-2000:], result.stderr[-4000:]))
        return json.loads(result.stdout.splitlines()[-1])

    def test_each_library_answers_for_itself(self):
        seen = self.scenario("binding")
        # Py_IsInitialized differs between the runtimes: the host's says 1,
        # ours 0 until our own initialization, then 1, then 0 again.
        self.assertEqual(seen["host_initialized_before"], 1)
        self.assertEqual(seen["ours_initialized_before"], 0)
        self.assertEqual(seen["init_status"][0], 0, seen["init_status"])
        self.assertEqual(seen["ours_initialized_after_init"], 1)
        self.assertTrue(seen["has_tstate_after_init"])
        self.assertEqual(seen["main_id"], 0)
        self.assertEqual(seen["finalize"], 0)
        self.assertEqual(seen["ours_initialized_after_finalize"], 0)
        self.assertEqual(seen["tstate_after_finalize"], 0)
        self.assertEqual(seen["ours_initialized_again"], 1)
        self.assertEqual(seen["finalize_again"], 0)
        for moment in ("after_init", "after_finalize"):
            self.assertEqual(seen["host_initialized_" + moment], 1)
        self.assertEqual(seen["ours_initialized_third"], 1)
        self.assertEqual(seen["finalize_third"], 0)
        self.assertFalse(seen["host_decimal_loaded_before"])
        self.assertTrue(seen["host_decimal_file"].endswith(".so"), seen["host_decimal_file"])
        self.assertEqual(seen["host_decimal"], "0.1428571428571428571428571429")
        # Py_GetVersion: ours names subpy, the host's does not.
        self.assertIn("subpy", seen["ours_version"])
        self.assertTrue(seen["ours_version"].startswith("3.13.0 "), seen["ours_version"])
        self.assertNotIn("subpy", seen["host_version"])
        self.assertTrue(seen["host_version"].startswith("%d.%d." % sys.version_info[:2]))

    def test_status_layout_and_helpers_match_cpython(self):
        seen = self.scenario("binding")
        self.assertEqual(seen["ours_status_error"], seen["host_status_error"])
        self.assertEqual(seen["ours_status_exit"], seen["host_status_exit"])
        # PyStatus_Exception(ok, error, exit), structs passed by value.
        self.assertEqual(seen["ours_status_exception"], [0, 1, 1])

    def test_objects_handed_out_are_our_own(self):
        seen = self.scenario("binding")
        for name in ("_Py_TrueStruct", "_Py_FalseStruct"):
            with self.subTest(symbol=name):
                addresses = seen[name]
                self.assertNotEqual(addresses["ours"], addresses["host"])
                self.assertEqual(addresses["returned"], addresses["ours"],
                                 "PyBool_FromLong returned the host's %s" % name
                                 if addresses["returned"] == addresses["host"] else None)

    def test_interpreters_on_one_thread(self):
        oracle = oracle_rejections()
        seen = self.scenario("interpreters", REJECTED_CONFIGS)
        self.assertEqual(seen["init_status"][0], 0, seen["init_status"])
        self.assertEqual(seen["new_status"][0], 0, seen["new_status"])
        for key in ("sub_differs_from_main", "sub_is_current", "swap_to_main_returned_sub",
                    "main_is_current", "swap_to_sub_returned_main", "legacy_created"):
            self.assertTrue(seen[key], key)
        self.assertEqual(seen["main_id"], 0)
        self.assertGreater(seen["sub_id"], 0)
        self.assertEqual(seen["current_after_end"], 0)
        self.assertEqual(seen["swap_back_returned"], 0)
        # IDs keep growing, as CPython's do, and are never reused.
        ids = [seen["sub_id"]] + seen["successive_ids"] + [seen["legacy_id"]]
        self.assertEqual(ids, sorted(set(ids)), ids)
        for ours, cpython in zip(seen["rejected"], oracle):
            with self.subTest(config=ours["config"]):
                self.assertEqual(cpython[0], 1)
                self.assertEqual(ours["status"][0], 1, ours["status"])
                self.assertEqual(ours["tstate"], 0)
                self.assertTrue(ours["main_still_current"])
        self.assertEqual(seen["finalize"], 0)

    def test_lifecycle_from_several_python_threads(self):
        threads, cycles = 4, 25
        seen = self.scenario("threads", {"threads": threads, "cycles": cycles})
        self.assertEqual(seen["init_status"][0], 0, seen["init_status"])
        self.assertEqual(seen["current_after_save"], 0)
        self.assertEqual((seen["hung_threads"], seen["failures"]), (0, []))
        self.assertEqual(seen["together"], [{"status": [0, None, None, 0],
                                             "current_is_new": True}] * threads)
        records = seen["records"]
        self.assertEqual(len(records), threads * cycles)
        for record in records:
            self.assertEqual(record["status"][0], 0, record)
            self.assertTrue(record["current_is_new"], record)
            self.assertEqual(record["current_after_end"], 0, record)
        ids = [record["id"] for record in records]
        self.assertEqual(len(set(ids)), len(ids), "interpreter IDs reused")
        self.assertGreater(min(ids), 0)
        self.assertEqual(len(seen["gilstate"]), threads)
        for record in seen["gilstate"]:
            self.assertEqual(record, {"attached": True, "check": 1, "id": 0,
                                      "current_after_release": 0})
        self.assertTrue(seen["main_restored"])
        self.assertEqual(seen["finalize"], 0)
        self.assertEqual(seen["initialized_after"], 0)


# Checks that fail today, with why: each runs as an expected failure, so the
# day it passes the run fails ("unexpected success") and the entry goes.
KNOWN_BROKEN = {}
for _name in KNOWN_BROKEN:
    setattr(LifecycleChecks, _name, unittest.expectedFailure(getattr(LifecycleChecks, _name)))
