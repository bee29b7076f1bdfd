"""Where the tests find subpy's build and the oracle interpreters.

`make` passes these in the environment (mk/host.mk); the defaults let a
developer run a test file by hand from python_tests/.
"""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("SUBPY_ROOT") or os.path.dirname(HERE)
BUILD = os.environ.get("SUBPY_BUILD") or os.path.join(ROOT, "build")
FRONT_LIB = os.path.join(BUILD, "libsubpy.so")
SUBPY = os.path.join(BUILD, "subpy")
SUBPY_CONFIG = os.path.join(BUILD, "subpy-config")
PKGCONFIG_DIR = os.path.join(BUILD, "pkgconfig")

PYENV = os.path.expanduser("~/.pyenv/versions")
PY313 = os.environ.get("PY313") or os.path.join(PYENV, "3.13.0/bin/python3.13")
PY313_CONFIG = os.path.join(os.path.dirname(PY313), "python3.13-config")
CC = os.environ.get("CC") or "gcc"


def makefile_variable(name):
    """The value of a variable of the top Makefile (SUBPY_VERSION, ...)."""
    with open(os.path.join(ROOT, "Makefile")) as makefile:
        for line in makefile:
            if line.startswith(name) and ":=" in line:
                key, _, value = line.partition(":=")
                if key.strip() == name:
                    return value.strip()
    raise LookupError(name)


def run(argv, **kwargs):
    """Runs argv, capturing text output; never raises on a nonzero status."""
    kwargs.setdefault("stdin", subprocess.DEVNULL)
    # surrogateescape: file names in messages need not be UTF-8.
    return subprocess.run(argv, capture_output=True, text=True, errors="surrogateescape",
                          timeout=120, **kwargs)
