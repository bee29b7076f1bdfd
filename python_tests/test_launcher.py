"""build/subpy against CPython 3.13's python3.13: versions, help, usage errors.

Both are run with the same arguments; where subpy must answer as CPython does
the test compares the two outputs (after putting the program names in
common), and where subpy deliberately differs (it cannot run code yet) the
test says so.
"""
import os
import re
import tempfile
import unittest

import hostenv
from hostenv import PY313, SUBPY, run


def normalized(text, program):
    """Puts both launchers' names in common: the program path in the usage
    line and the `python -h' / `subpy -h' hint."""
    text = text.replace(program, "PROGRAM")
    return text.replace("`python -h'", "`PROGRAM -h'").replace("`subpy -h'", "`PROGRAM -h'")


def both(args, **kwargs):
    return run([PY313] + args, **kwargs), run([SUBPY] + args, **kwargs)


class VersionTest(unittest.TestCase):
    def test_one_v_is_exactly_cpythons(self):
        for args in (["-V"], ["--version"], ["-E", "-V"], ["-I", "-s", "-V"],
                     ["-Vc", "pass"], ["-V", "--", "x"], ["-X", "dev", "-V"],
                     ["-Xdev", "-V"], ["-W", "error", "-V"],
                     ["--check-hash-based-pycs", "always", "-V"],
                     ["-V", "no-such-file.py"]):
            with self.subTest(args=args):
                oracle, ours = both(args)
                self.assertEqual(oracle.returncode, 0)
                self.assertEqual((ours.returncode, ours.stdout, ours.stderr),
                                 (oracle.returncode, oracle.stdout, oracle.stderr))

    def test_two_vs_add_the_subpy_release(self):
        version = hostenv.makefile_variable("SUBPY_VERSION")
        for args in (["-VV"], ["-V", "-V"], ["-VVV"], ["--version", "-V"]):
            with self.subTest(args=args):
                oracle, ours = both(args)
                self.assertEqual(ours.returncode, oracle.returncode)
                self.assertEqual(ours.stderr, "")
                # Same first word and number as CPython's, then the release.
                self.assertEqual(ours.stdout.split(" (")[0], oracle.stdout.split(" (")[0])
                self.assertRegex(ours.stdout, r"^Python 3\.13\.0 \(subpy %s\b.*\)?.*\n$"
                                 % re.escape(version))
                self.assertEqual(ours.stdout.count("\n"), 1)


class HelpTest(unittest.TestCase):
    @staticmethod
    def documented_options(help_text):
        """The options a help text lists, e.g. {"-b", "-c", "--help-env"}."""
        found = set()
        for line in help_text.splitlines():
            match = re.match(r"^(-[A-Za-z?]|--[a-z-]+)\b", line)
            if match:
                found.add(match.group(1))
        return found

    def test_help_lists_the_same_options_as_cpython(self):
        oracle, ours = both(["-h"])
        self.assertEqual((ours.returncode, ours.stderr), (oracle.returncode, ""))
        self.assertEqual(normalized(ours.stdout.splitlines()[0], SUBPY),
                         normalized(oracle.stdout.splitlines()[0], PY313))
        self.assertEqual(self.documented_options(ours.stdout) - {"-OO"},
                         self.documented_options(oracle.stdout) - {"-OO"})

    def test_help_wins_as_in_cpython(self):
        for args in (["--help"], ["-?"], ["-h", "-Z"], ["-V", "--help"], ["-Eh"],
                     ["--help-env"], ["--help-xoptions"], ["--help-all"], ["-V", "--help-env"]):
            with self.subTest(args=args):
                oracle, ours = both(args)
                self.assertEqual(oracle.returncode, 0)
                self.assertEqual(ours.returncode, 0)
                self.assertEqual(ours.stderr, "")
                self.assertNotEqual(ours.stdout, "")


class UsageErrorTest(unittest.TestCase):
    def test_bad_options_get_cpythons_messages(self):
        for args in (["-Z"], ["--bogus"], ["-c"], ["-m"], ["-W"], ["-X"], ["-Vz"],
                     ["--check-hash-based-pycs"], ["--check-hash-based-pycs", "bad"],
                     ["-V", "-Z"], ["-V", "-c"], ["--version=1"], ["--vers"],
                     ["--check-hash-based-pycs=always"], ["-E", "-s", "-q", "-Y"]):
            with self.subTest(args=args):
                oracle, ours = both(args)
                self.assertEqual(oracle.returncode, 2)
                self.assertEqual(ours.returncode, oracle.returncode)
                self.assertEqual(ours.stdout, oracle.stdout)
                self.assertEqual(normalized(ours.stderr, SUBPY),
                                 normalized(oracle.stderr, PY313))

    def test_a_missing_script_is_reported_as_cpython_does(self):
        with tempfile.TemporaryDirectory() as directory:
            oracle, ours = both(["missing.py", "arg"], cwd=directory)
        self.assertEqual(oracle.returncode, 2)
        self.assertEqual(ours.returncode, oracle.returncode)
        self.assertEqual(normalized(ours.stderr, SUBPY), normalized(oracle.stderr, PY313))


class RunningCodeTest(unittest.TestCase):
    """CPython runs these (status 0); subpy initializes, says on stderr that
    it cannot run code yet, and exits 1 (CPython's status for an uncaught
    exception). Options after -c/-m or the script belong to the program."""

    def check_cannot_run(self, args, what, **kwargs):
        oracle, ours = both(args, **kwargs)
        self.assertEqual(oracle.returncode, 0, oracle.stderr)
        self.assertEqual(ours.returncode, 1, ours.stderr)
        self.assertEqual(ours.stdout, "")
        lines = ours.stderr.splitlines()
        self.assertEqual(len(lines), 1, ours.stderr)
        self.assertIn("cannot run " + what, lines[0])
        self.assertIn("cannot run Python code yet", lines[0])

    def test_command(self):
        self.check_cannot_run(["-c", "pass"], "the -c command")
        self.check_cannot_run(["-E", "-cpass", "-Z", "--bogus"], "the -c command")

    def test_module(self):
        self.check_cannot_run(["-m", "json.tool", "-h"], "module 'json.tool'")

    def test_file(self):
        with tempfile.TemporaryDirectory() as directory:
            script = os.path.join(directory, "script.py")
            with open(script, "w") as file:
                file.write("pass\n")
            self.check_cannot_run(["script.py", "-V"], "file '%s'" % script, cwd=directory)

    def test_stdin(self):
        self.check_cannot_run([], "standard input")
        self.check_cannot_run(["-", "-V"], "standard input")
        self.check_cannot_run(["-S", "--", "-"], "standard input")


if __name__ == "__main__":
    unittest.main()
