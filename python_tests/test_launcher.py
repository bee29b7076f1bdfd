"""build/subpy against CPython 3.13's python3.13: versions, help, usage errors.

Both are run with the same arguments; where subpy must answer as CPython does
the test compares the two outputs (after putting the program names in
common), and where subpy deliberately differs (it cannot run code yet) the
test says so.
"""
import os
import re
import signal
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
    """-c, a script and standard input run through the engine: stdout,
    stderr and the exit status are CPython's. Options after -c or the
    script belong to the program (sys.argv shows them). -m, a directory
    and a zip file run as runpy runs them, errors worded alike. Ctrl-C
    raises KeyboardInterrupt in the running code."""

    PROGRAM = "import sys; print(sys.argv[1:], sys.path[0] == '' or sys.path[0])"

    def check_same(self, args, stdin=None, **kwargs):
        if stdin is not None:
            kwargs.update(input=stdin, stdin=None)
        oracle, ours = both(args, **kwargs)
        self.assertEqual(ours.returncode, oracle.returncode, ours.stderr)
        self.assertEqual(ours.stdout, oracle.stdout)
        self.assertEqual(normalized(ours.stderr, SUBPY), normalized(oracle.stderr, PY313))

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
        self.check_same(["-c", self.PROGRAM])
        self.check_same(["-E", "-c" + self.PROGRAM, "-Z", "--bogus"])
        self.check_same(["-X", "dev", "-W", "error", "-bb", "-OO", "-u", "-c", self.PROGRAM,
                         "-V"])
        self.check_same(["-c", "import sys; sys.exit(3)"])
        self.check_same(["-c", "x = [1]\nprint(x[2])"])
        self.check_same(["-c", "def f(:\n  pass"])

    def make_tree(self, directory):
        """Modules and packages for -m, a directory and a zip file to run."""
        files = {
            "hello.py": "import sys\nprint(__name__, __package__, sys.argv[1:], sys.argv[0] == __file__)\n",
            "pkg/__init__.py": "print('init', __name__)\n",
            "pkg/__main__.py": "import sys\nfrom . import sub\nprint('main', __name__, __package__, sys.argv[1:])\n",
            "pkg/sub.py": "print('sub', __name__)\n",
            "pkg/boom.py": "def f():\n    return 1 // 0\nf()\n",
            "nomain/__init__.py": "",
            "bad/__init__.py": "raise ValueError('from init')\n",
            "syn.py": "x = (\n",
            "app/__main__.py": "import sys\nprint('app', __name__, sys.argv)\n",
            "empty/other.py": "",
        }
        for name, text in files.items():
            path = os.path.join(directory, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as file:
                file.write(text)
        import zipfile
        with zipfile.ZipFile(os.path.join(directory, "app.zip"), "w") as archive:
            archive.writestr("__main__.py", "import sys\nprint('zipped', __name__, sys.argv[1:])\n")

    def test_module(self):
        with tempfile.TemporaryDirectory() as directory:
            self.make_tree(directory)
            for args in (["-m", "hello", "a", "-b"], ["-m", "pkg", "x"], ["-m", "pkg.sub"],
                         ["-m", "pkg.boom"], ["-m", "nomain"], ["-m", "missing"],
                         ["-m", "pkg.missing"], ["-m", "hello.x"], ["-m", ".rel"], ["-m", "bad"],
                         ["-m", "bad.sub"], ["-m", "syn"], ["-m", "sys"], ["-m", "empty"],
                         ["-m", "nosuch.sub"], ["-m", "hello.py"]):
                with self.subTest(args=args):
                    self.check_same(args, cwd=directory)

    def test_directory_and_zip(self):
        with tempfile.TemporaryDirectory() as directory:
            self.make_tree(directory)
            for args in (["app", "1"], ["app.zip", "2"], ["empty"], ["./app/"]):
                with self.subTest(args=args):
                    self.check_same(args, cwd=directory)

    def test_ctrl_c_interrupts_a_loop(self):
        """SIGINT while a loop runs: KeyboardInterrupt's traceback, then
        death by SIGINT, as CPython."""
        import subprocess
        import time
        code = "import sys\nprint('ready', flush=True)\nwhile True:\n    pass\n"
        for interp in (PY313, SUBPY):
            with self.subTest(interp=interp):
                proc = subprocess.Popen([interp, "-c", code], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
                self.assertEqual(proc.stdout.readline(), "ready\n")
                time.sleep(0.2)
                proc.send_signal(signal.SIGINT)
                out, err = proc.communicate(timeout=30)
                self.assertEqual(proc.returncode, -signal.SIGINT, err)
                self.assertTrue(err.startswith('Traceback (most recent call last):\n'
                                               '  File "<string>", line '), err)
                self.assertTrue(err.endswith('\nKeyboardInterrupt\n'), err)

    def test_ctrl_c_interrupts_input(self):
        import subprocess
        code = ("print('ready', flush=True)\ntry:\n    input()\n"
                "except KeyboardInterrupt:\n    print('caught')\n")
        results = []
        for interp in (PY313, SUBPY):
            r, w = os.pipe()  # stdin that never has input
            try:
                proc = subprocess.Popen([interp, "-c", code], stdin=r, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
                self.assertEqual(proc.stdout.readline(), "ready\n")
                import time
                time.sleep(0.3)
                proc.send_signal(signal.SIGINT)
                out, err = proc.communicate(timeout=30)
                results.append((proc.returncode, out, err))
            finally:
                os.close(r)
                os.close(w)
        self.assertEqual(results[1], results[0])

    def test_ctrl_c_interrupts_sleep_and_can_be_caught(self):
        import subprocess
        code = ("import time\ntry:\n    print('ready', flush=True)\n    time.sleep(30)\n"
                "except KeyboardInterrupt:\n    print('caught')\n")
        for interp in (PY313, SUBPY):
            with self.subTest(interp=interp):
                proc = subprocess.Popen([interp, "-c", code], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
                self.assertEqual(proc.stdout.readline(), "ready\n")
                proc.send_signal(signal.SIGINT)
                out, err = proc.communicate(timeout=30)
                self.assertEqual((proc.returncode, out, err), (0, "caught\n", ""))

    def test_file(self):
        with tempfile.TemporaryDirectory() as directory:
            script = os.path.join(directory, "script.py")
            with open(script, "w") as file:
                file.write("import sys\nprint(sys.argv, __name__)\n"
                           "def f():\n    return 1 / 0\nf()\n")
            self.check_same(["script.py", "-V"], cwd=directory)
            self.check_same(["-s", "--", "script.py", "-Z"], cwd=directory)

    def test_stdin(self):
        self.check_same([], stdin="print('from stdin')\n")
        self.check_same(["-", "-V"], stdin="import sys; print(sys.argv)\n")
        self.check_same(["-S", "--", "-"], stdin="raise SystemExit('bye')\n")


class WithoutEngineTest(unittest.TestCase):
    """Versions, help and usage errors never load the engine; running code
    initializes, so a missing engine is then a fatal error with status 1
    (what CPython's Py_ExitStatusException gives a failed initialization)."""

    env = dict(os.environ, SUBPY_ENGINE="/nonexistent/libsubpy-engine.so")

    def test_options_alone_need_no_engine(self):
        for args in (["-V"], ["-VV"], ["-h"], ["--help-all"], ["-Z"], ["-c"]):
            with self.subTest(args=args):
                with_engine = run([SUBPY] + args)
                without = run([SUBPY] + args, env=self.env)
                self.assertEqual((without.returncode, without.stdout, without.stderr),
                                 (with_engine.returncode, with_engine.stdout, with_engine.stderr))

    def test_running_code_reports_the_missing_engine(self):
        result = run([SUBPY, "-c", "pass"], env=self.env)
        self.assertEqual(result.returncode, 1)
        first = result.stderr.splitlines()[0]
        self.assertTrue(first.startswith("Fatal Python error: Py_InitializeFromConfig: "), first)
        self.assertIn("/nonexistent/libsubpy-engine.so", first)


class VersionStringTest(unittest.TestCase):
    def test_vv_is_python_and_py_getversion(self):
        program = ("import ctypes, sys; lib = ctypes.CDLL(sys.argv[1]); "
                   "lib.Py_GetVersion.restype = ctypes.c_char_p; "
                   "print(lib.Py_GetVersion().decode())")
        version = run([PY313, "-c", program, hostenv.FRONT_LIB])
        self.assertEqual(version.returncode, 0, version.stderr)
        self.assertEqual(run([SUBPY, "-VV"]).stdout, "Python " + version.stdout)


ENTRY_POINT_PROGRAM = """
import ctypes, os, sys
sys.path.insert(0, %r)
import bindings
runtime = bindings.CtypesRuntime(sys.argv[1])
lib = runtime.lib
which, args = sys.argv[2], sys.argv[3:]
if which == "Py_BytesMain":
    argv = (ctypes.c_char_p * (len(args) + 1))(*[os.fsencode(arg) for arg in args], None)
    status = lib.Py_BytesMain(len(args), argv)
elif which == "Py_Main":
    argv = (ctypes.c_wchar_p * (len(args) + 1))(*args, None)
    status = lib.Py_Main(len(args), argv)
elif which == "Py_RunMain-uninitialized":
    status = lib.Py_RunMain()
else:  # Py_RunMain after the host's own initialization
    init = runtime.initialize_from_config(isolated=True)
    status = lib.Py_RunMain()
    if init[0] != 0 or runtime.call("Py_IsInitialized") != 0:
        status = 99  # Py_RunMain must finalize
os._exit(status)
""" % hostenv.HERE


class EntryPointTest(unittest.TestCase):
    """Py_BytesMain and Py_Main called by a host (here ctypes) behave as the
    launcher; Py_RunMain after a host's initialization reports and finalizes."""

    def call(self, function, args):
        return run([PY313, "-c", ENTRY_POINT_PROGRAM, hostenv.FRONT_LIB, function] + args)

    def test_bytes_and_wide_entry_points_behave_as_the_launcher(self):
        for args in (["-V"], ["-VV"], ["-Z"], ["--help"], ["-c", "pass"], ["-E", "-m", "json"]):
            launcher = run([SUBPY] + args)
            for function in ("Py_BytesMain", "Py_Main"):
                with self.subTest(function=function, args=args):
                    ours = self.call(function, [SUBPY] + args)
                    self.assertEqual((ours.returncode, ours.stdout, ours.stderr),
                                     (launcher.returncode, launcher.stdout, launcher.stderr))

    def test_wide_arguments_come_back_as_the_same_bytes(self):
        # A UTF-8 name and an undecodable byte (a lone surrogate once
        # decoded), reported in the missing-script message.
        for name in ("/nonexistent/caf\u00e9.py", "/nonexistent/raw\udcff.py"):
            with self.subTest(name=name):
                launcher = run([SUBPY, name])
                self.assertEqual(launcher.returncode, 2)
                self.assertIn(name, launcher.stderr)
                for function in ("Py_BytesMain", "Py_Main"):
                    ours = self.call(function, [SUBPY, name])
                    self.assertEqual((ours.returncode, ours.stderr),
                                     (launcher.returncode, launcher.stderr))

    def test_run_main_reports_and_finalizes(self):
        result = self.call("Py_RunMain", [])
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn("cannot run Python code yet", result.stderr)
        self.assertEqual(result.stdout, "")

    def test_run_main_before_initialization_is_a_fatal_error(self):
        result = self.call("Py_RunMain-uninitialized", [])
        self.assertEqual(result.returncode, -signal.SIGABRT)
        self.assertEqual(result.stderr.splitlines()[0],
                         "Fatal Python error: Py_RunMain: the runtime is not initialized")


if __name__ == "__main__":
    unittest.main()
