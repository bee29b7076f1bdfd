"""libsubpy.so loaded into the running CPython with cffi's ABI mode, in a
fresh process per scenario (lifecycle_checks says what is checked). Meant for
Debian's /usr/bin/python3 with apt's python3-cffi and python3-pytest."""
import unittest

import cffi  # noqa: F401  (a missing cffi is an error here, not a skip)

from lifecycle_checks import LifecycleChecks


class CffiTest(LifecycleChecks, unittest.TestCase):
    binding = "cffi"


if __name__ == "__main__":
    unittest.main()
