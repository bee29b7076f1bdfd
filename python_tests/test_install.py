"""An installed copy (`make install PREFIX=$SUBPY_PREFIX`, done by mk/host.mk
before this runs) is complete and stands on its own: a host built with the
installed subpy-config or pkg-config files runs on the installed libraries,
not on build/."""
import os
import shlex
import tempfile
import unittest

import hostenv
from hostenv import BUILD, run

PREFIX = os.environ.get("SUBPY_PREFIX", "")
HOST_SOURCE = os.path.join(hostenv.HERE, "hosts", "lifecycle_host.c")


def installed(*parts):
    return os.path.join(PREFIX, *parts)


def setUpModule():
    if not PREFIX:
        raise RuntimeError("SUBPY_PREFIX is not set: run `make test-host-install`")


class InstalledTreeTest(unittest.TestCase):
    def test_every_file_is_there(self):
        for path in ("lib/libsubpy.so", "lib/libsubpy-engine.so", "include/subpy/Python.h",
                     "include/subpy/cpython/initconfig.h", "bin/subpy", "bin/subpy-config",
                     "lib/pkgconfig/subpy.pc", "lib/pkgconfig/subpy-embed.pc"):
            with self.subTest(path=path):
                self.assertTrue(os.path.isfile(installed(path)))
        for program in ("bin/subpy", "bin/subpy-config"):
            self.assertTrue(os.access(installed(program), os.X_OK))
        built_headers = sorted(
            os.path.relpath(os.path.join(directory, name), os.path.join(BUILD, "include"))
            for directory, _, names in os.walk(os.path.join(BUILD, "include"))
            for name in names if name.endswith(".h"))
        installed_headers = sorted(
            os.path.relpath(os.path.join(directory, name), installed("include", "subpy"))
            for directory, _, names in os.walk(installed("include", "subpy"))
            for name in names)
        self.assertEqual(installed_headers, built_headers)

    def test_config_and_pkg_config_name_the_prefix(self):
        config = installed("bin", "subpy-config")
        self.assertEqual(run([config, "--prefix"]).stdout, PREFIX + "\n")
        self.assertEqual(run([config, "--includes"]).stdout.split(),
                         ["-I" + installed("include", "subpy")])
        flags = run([config, "--ldflags", "--embed"]).stdout.split()
        for flag in ("-lsubpy", "-L" + installed("lib"), "-Wl,-rpath," + installed("lib")):
            self.assertIn(flag, flags)
        for text_file in (config, installed("lib/pkgconfig/subpy.pc"),
                          installed("lib/pkgconfig/subpy-embed.pc")):
            with open(text_file) as file:
                self.assertNotIn(BUILD, file.read(), text_file)

    def test_installed_launcher(self):
        result = run([installed("bin", "subpy"), "--version"])
        self.assertEqual((result.returncode, result.stdout), (0, "Python 3.13.0\n"))
        result = run([installed("bin", "subpy"), "-c", "import sys; print(6 * 7); sys.exit(4)"])
        self.assertEqual((result.returncode, result.stdout), (4, "42\n"))

    def check_host(self, flags):
        with tempfile.TemporaryDirectory() as directory:
            program = os.path.join(directory, "host")
            build = run([hostenv.CC, "-std=c11", "-Wall", "-Wextra", "-Werror", "-o", program,
                         HOST_SOURCE] + flags)
            self.assertEqual(build.returncode, 0, build.stderr)
            env = {key: value for key, value in os.environ.items()
                   if key not in ("LD_LIBRARY_PATH", "SUBPY_ENGINE")}
            result = run([program], env=env)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        lines = result.stdout.splitlines()
        self.assertIn("initialized: 1", lines)
        self.assertIn("finalized: 0", lines)
        loaded = sorted(line.split(": ", 1)[1] for line in lines if line.startswith("loaded: "))
        self.assertEqual(loaded, [installed("lib", "libsubpy-engine.so"),
                                  installed("lib", "libsubpy.so")])

    def test_host_built_with_installed_subpy_config(self):
        config = installed("bin", "subpy-config")
        self.check_host(shlex.split(run([config, "--cflags", "--ldflags", "--embed"]).stdout))

    def test_host_built_with_installed_pkg_config(self):
        env = dict(os.environ, PKG_CONFIG_PATH=installed("lib", "pkgconfig"))
        result = run(["pkg-config", "--cflags", "--libs", "subpy-embed"], env=env)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.check_host(shlex.split(result.stdout))


if __name__ == "__main__":
    unittest.main()
