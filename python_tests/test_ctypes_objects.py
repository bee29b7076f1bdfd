"""The object layer through ctypes (docs/capi-objects.md): the same C API
calls made on libsubpy.so and on the running CPython 3.13 itself must see
the same results (objects_scenario.py runs each side in a fresh process)."""
import json
import os
import sys
import unittest

import hostenv


def observe(mode):
    result = hostenv.run([sys.executable, os.path.join(hostenv.HERE, "objects_scenario.py"), mode],
                         cwd=hostenv.HERE)
    if result.returncode != 0 or not result.stdout.strip():
        raise AssertionError("objects_scenario.py %s failed (%d):\n%s%s"
                             % (mode, result.returncode, result.stdout, result.stderr))
    return json.loads(result.stdout.strip().splitlines()[-1])


class CtypesObjectsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.ours = observe("ours")
        cls.host = observe("host")

    def test_values(self):
        self.assertEqual(self.ours["x"], 42)
        self.assertEqual(self.ours["y"], "[42, 'a', 2.5]")
        self.assertEqual(self.ours["y_len"], 3)
        self.assertEqual(self.ours["eval"], 10.5)
        self.assertEqual(self.ours["z"], 85)
        self.assertTrue(self.ours["run_result_is_none"])
        self.assertEqual(self.ours["sys_name"], "sys")
        self.assertEqual(self.ours["finalize"], 0)

    def test_errors(self):
        self.assertEqual(self.ours["div_zero"], [0, "PyExc_ZeroDivisionError", "division by zero"])
        self.assertEqual(self.ours["name_error"], [0, "PyExc_NameError", "name 'nope' is not defined"])
        self.assertEqual(self.ours["syntax_error"][:2], [0, "PyExc_SyntaxError"])
        self.assertEqual(self.ours["as_long_big"], [-1, "PyExc_OverflowError"])
        self.assertEqual(self.ours["missing_module"], [0, "PyExc_ModuleNotFoundError"])
        self.assertEqual(self.ours["pending_after"], 0)

    def test_same_as_cpython(self):
        host = dict(self.host)
        ours = {key: value for key, value in self.ours.items() if key != "finalize"}
        self.assertEqual(ours, host)


if __name__ == "__main__":
    unittest.main()
