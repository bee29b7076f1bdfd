"""build/subpy-config against python3.13-config, and the pkg-config files.

Exit statuses, which stream the usage goes to, and which lines come out in
which order must be CPython's; the flags themselves are subpy's (checked by
building and running a host with them).
"""
import os
import shlex
import tempfile
import unittest

import hostenv
from hostenv import BUILD, PKGCONFIG_DIR, PY313_CONFIG, SUBPY_CONFIG, run

OPTIONS = ["--prefix", "--exec-prefix", "--includes", "--libs", "--cflags", "--ldflags",
           "--extension-suffix", "--abiflags", "--configdir"]


def both(args):
    return run([PY313_CONFIG] + args), run([SUBPY_CONFIG] + args)


class ExitStatusTest(unittest.TestCase):
    def test_statuses_and_streams_match_cpython(self):
        cases = [[], ["--help"], ["--bogus"], ["--prefix", "--bogus"], ["--bogus", "--help"],
                 ["--prefix", "--help"], ["--help", "--bogus"], [""], ["", "--prefix"],
                 ["--prefix", ""], ["--prefix --libs"], ["-h"], ["--embed"], ["prefix"],
                 ["--cflags", "--ldflags", "--embed"], ["--embed", "--libs", "--embed"]]
        cases += [[option] for option in OPTIONS]
        for args in cases:
            with self.subTest(args=args):
                oracle, ours = both(args)
                self.assertEqual(ours.returncode, oracle.returncode)
                self.assertEqual(ours.stderr.replace(SUBPY_CONFIG, "PROGRAM"),
                                 oracle.stderr.replace(PY313_CONFIG, "PROGRAM"))
                self.assertEqual(len(ours.stdout.splitlines()), len(oracle.stdout.splitlines()))
                if "--help" in " ".join(args).split() and oracle.returncode == 0:
                    self.assertEqual(ours.stdout.replace(SUBPY_CONFIG, "PROGRAM"),
                                     oracle.stdout.replace(PY313_CONFIG, "PROGRAM"))

    def test_posix_sh(self):
        for shell in ("sh", "dash"):
            with self.subTest(shell=shell):
                self.assertEqual(run([shell, "-n", SUBPY_CONFIG]).returncode, 0)
                # Run by dash, the strict POSIX shell, the answers are the same.
                self.assertEqual(run([shell, SUBPY_CONFIG, "--ldflags", "--embed"]).stdout,
                                 run([SUBPY_CONFIG, "--ldflags", "--embed"]).stdout)


class AnswerTest(unittest.TestCase):
    def answer(self, *args):
        result = run([SUBPY_CONFIG] + list(args))
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def test_in_tree_copy_points_at_build(self):
        self.assertEqual(self.answer("--prefix"), BUILD + "\n")
        self.assertEqual(self.answer("--exec-prefix"), BUILD + "\n")
        self.assertEqual(self.answer("--includes").split(), ["-I" + BUILD + "/include"])
        self.assertIn("-I" + BUILD + "/include", self.answer("--cflags").split())
        self.assertTrue(os.path.isfile(os.path.join(BUILD, "include", "Python.h")))

    def test_embed_adds_the_library_and_both_carry_rpath(self):
        oracle_library = "-lpython3.13"
        for option in ("--libs", "--ldflags"):
            with self.subTest(option=option):
                oracle_plain = run([PY313_CONFIG, option]).stdout.split()
                oracle_embed = run([PY313_CONFIG, option, "--embed"]).stdout.split()
                plain = self.answer(option).split()
                embed = self.answer(option, "--embed").split()
                # The same rule as CPython's: only --embed names the library.
                self.assertNotIn(oracle_library, oracle_plain)
                self.assertIn(oracle_library, oracle_embed)
                self.assertNotIn("-lsubpy", plain)
                self.assertIn("-lsubpy", embed)
                self.assertTrue(any(flag.startswith("-Wl,-rpath,") for flag in oracle_plain))
                for flags in (plain, embed):
                    self.assertIn("-L" + BUILD, flags)
                    self.assertIn("-Wl,-rpath," + BUILD, flags)

    def test_system_libraries_are_cpythons(self):
        # python3.13-config names -ldl and -lm (last) with or without
        # --embed; hosts rely on -lm since Python.h includes <math.h>. The
        # library flags come in CPython's order, ours in place of libpython.
        def libraries(flags, library):
            return [flag.replace(library, "LIB") for flag in flags.split()
                    if flag.startswith("-l")]
        for args in (["--libs"], ["--ldflags"], ["--libs", "--embed"], ["--ldflags", "--embed"]):
            with self.subTest(args=args):
                oracle = run([PY313_CONFIG] + args)
                self.assertEqual(oracle.returncode, 0, oracle.stderr)
                expected = libraries(oracle.stdout, "-lpython3.13")
                self.assertIn("-lm", expected)
                self.assertIn("-ldl", expected)
                self.assertEqual(libraries(self.answer(*args), "-lsubpy"), expected)

    def test_a_host_using_math_h_links_with_the_flags_alone(self):
        flags = shlex.split(self.answer("--cflags", "--ldflags", "--embed").replace("\n", " "))
        self.assertEqual(build_and_run_math_host(flags), "cbrt: 3\n")

    def test_lines_follow_argument_order(self):
        lines = self.answer("--ldflags", "--prefix", "--embed", "--includes").splitlines()
        self.assertEqual(len(lines), 3)
        self.assertIn("-lsubpy", lines[0])
        self.assertEqual(lines[1], BUILD)
        self.assertEqual(lines[2], "-I" + BUILD + "/include")
        oracle = run([PY313_CONFIG, "--ldflags", "--prefix", "--embed", "--includes"])
        self.assertEqual(len(oracle.stdout.splitlines()), 3)

    def test_binary_extension_answers_are_empty(self):
        # subpy loads no binary extension modules and has no static build
        # configuration; CPython's release build has no ABI flags either.
        for option in ("--extension-suffix", "--configdir", "--abiflags"):
            with self.subTest(option=option):
                self.assertEqual(self.answer(option), "\n")


MATH_HOST = r"""
#include <Python.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argv;
    volatile double x = 26.0 + argc; /* not folded: cbrt comes from libm */
    printf("cbrt: %.0f\n", cbrt(x));
    printf("initialized: %d\n", Py_IsInitialized());
    return 0;
}
"""


def build_and_run_math_host(flags):
    """Builds a host that calls a libm function (Python.h brings <math.h>)
    with flags, runs it, and returns its first line of output."""
    with tempfile.TemporaryDirectory() as directory:
        source = os.path.join(directory, "host.c")
        program = os.path.join(directory, "host")
        with open(source, "w") as file:
            file.write(MATH_HOST)
        build = run([hostenv.CC, "-std=c11", "-O0", "-fno-builtin", "-Wall", "-Wextra",
                     "-Werror", "-o", program, source] + flags)
        if build.returncode != 0:
            raise AssertionError(build.stderr)
        result = run([program])
        if result.returncode != 0 or "initialized: 0" not in result.stdout:
            raise AssertionError(result.stdout + result.stderr)
        return result.stdout.splitlines(keepends=True)[0]


class PkgConfigTest(unittest.TestCase):
    def pkg_config(self, *args):
        env = dict(os.environ, PKG_CONFIG_PATH=PKGCONFIG_DIR)
        return run(["pkg-config"] + list(args), env=env)

    def test_both_files_validate_and_match_subpy_config(self):
        for package in ("subpy", "subpy-embed"):
            with self.subTest(package=package):
                self.assertEqual(self.pkg_config("--validate", package).returncode, 0)
                cflags = self.pkg_config("--cflags", package)
                self.assertEqual(cflags.returncode, 0, cflags.stderr)
                self.assertEqual(cflags.stdout.split(), ["-I" + BUILD + "/include"])
                version = self.pkg_config("--modversion", package).stdout.strip()
                self.assertEqual(version, hostenv.makefile_variable("SUBPY_VERSION"))
        self.assertNotIn("-lsubpy", self.pkg_config("--libs", "subpy").stdout.split())
        self.assertIn("-lsubpy", self.pkg_config("--libs", "subpy-embed").stdout.split())

    def test_system_libraries_are_private_as_in_cpythons_embed_pc(self):
        # CPython's python-3.13-embed.pc puts its system libraries in
        # Libs.private: `pkg-config --libs` leaves them out, --static adds
        # them. Ours are python3.13-config's, -ldl and -lm.
        shared = self.pkg_config("--libs", "subpy-embed").stdout.split()
        static = self.pkg_config("--static", "--libs", "subpy-embed").stdout.split()
        self.assertNotIn("-lm", shared)
        self.assertEqual([flag for flag in static if flag not in shared], ["-ldl", "-lm"])
        self.assertEqual([flag for flag in self.pkg_config("--static", "--libs", "subpy")
                          .stdout.split() if flag.startswith("-l")], ["-ldl", "-lm"])
        static_flags = shlex.split(self.pkg_config("--static", "--cflags", "--libs",
                                                   "subpy-embed").stdout)
        self.assertEqual(build_and_run_math_host(static_flags), "cbrt: 3\n")

    def test_a_host_built_with_pkg_config_runs(self):
        flags = shlex.split(self.pkg_config("--cflags", "--libs", "subpy-embed").stdout)
        source = os.path.join(hostenv.HERE, "hosts", "lifecycle_host.c")
        with tempfile.TemporaryDirectory() as directory:
            program = os.path.join(directory, "host")
            build = run([hostenv.CC, "-std=c11", "-Wall", "-Wextra", "-Werror", "-o", program,
                         source] + flags)
            self.assertEqual(build.returncode, 0, build.stderr)
            result = run([program])
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            self.assertIn("finalized: 0", result.stdout)


if __name__ == "__main__":
    unittest.main()
