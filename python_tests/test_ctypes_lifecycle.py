"""libsubpy.so loaded into the running CPython with ctypes, in the default
dlopen mode and with RTLD_GLOBAL, each in a fresh process (lifecycle_checks
says what is checked). Runs under unittest or pytest."""
import unittest

from lifecycle_checks import LifecycleChecks


class CtypesDefaultModeTest(LifecycleChecks, unittest.TestCase):
    binding = "ctypes"


class CtypesGlobalModeTest(LifecycleChecks, unittest.TestCase):
    binding = "ctypes-global"


if __name__ == "__main__":
    unittest.main()
