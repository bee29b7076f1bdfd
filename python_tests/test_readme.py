"""The README's embedding example compiles and runs as written.

The C block after the `<!-- embed.c ... -->` marker is saved as embed.c and
built with the README's own command line (build/subpy-config, run from a
scratch directory). The same file built against CPython 3.13 with
python3.13-config is the oracle for what it prints.
"""
import os
import re
import tempfile
import unittest

from hostenv import PY313_CONFIG, ROOT, SUBPY_CONFIG, run

README = os.path.join(ROOT, "README.md")


def readme_text():
    with open(README) as file:
        return file.read()


def example_source(text):
    match = re.search(r"<!-- embed\.c[^>]*-->\n```c\n(.*?)```", text, re.S)
    if match is None:
        raise AssertionError("README.md has no embed.c example block")
    return match.group(1)


def build_command(text):
    """The README's `cc ... embed.c $(build/subpy-config ...)` line."""
    match = re.search(r"^(cc -o embed embed\.c \$\(build/subpy-config [^)]*\))$", text, re.M)
    if match is None:
        raise AssertionError("README.md has no build line for embed.c")
    return match.group(1)


class ReadmeExampleTest(unittest.TestCase):
    def build_and_run(self, directory, command):
        source = os.path.join(directory, "embed.c")
        with open(source, "w") as file:
            file.write(example_source(readme_text()))
        build = run(["sh", "-c", command], cwd=directory)
        self.assertEqual(build.returncode, 0, build.stdout + build.stderr)
        return run([os.path.join(directory, "embed")], cwd=directory)

    def test_example_builds_with_subpy_config_and_matches_cpython(self):
        command = build_command(readme_text())
        self.assertIn("--cflags --ldflags --embed", command)
        with tempfile.TemporaryDirectory() as directory:
            ours = self.build_and_run(
                directory, command.replace("build/subpy-config", SUBPY_CONFIG)
                + " -Wall -Wextra -Werror")
        with tempfile.TemporaryDirectory() as directory:
            oracle = self.build_and_run(
                directory, command.replace("build/subpy-config", PY313_CONFIG))
        self.assertEqual(oracle.returncode, 0, oracle.stderr)
        self.assertEqual((ours.returncode, ours.stdout, ours.stderr),
                         (oracle.returncode, oracle.stdout, oracle.stderr))
        # What the README says it prints.
        for line in oracle.stdout.splitlines():
            self.assertIn("`%s`" % line, readme_text())

    def test_readme_names_the_two_commands_and_the_lifecycle_doc(self):
        text = readme_text()
        self.assertIn("make demo", text)
        self.assertIn("make test", text)
        self.assertIn("](docs/capi-lifecycle.md)", text)
        self.assertIn("## Components", text)


if __name__ == "__main__":
    unittest.main()
