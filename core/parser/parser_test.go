package parser_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/parser"
	"github.com/subpy/subpy/core/scanner"
)

//go:generate sh -c "$HOME/.pyenv/versions/3.13.0/bin/python3.13 testdata/gen_golden.py && $HOME/.pyenv/versions/3.13.0/bin/python3.13 testdata/gen_deep.py"

// oracle is CPython 3.13.0, the reference for every expectation here.
var oracle = filepath.Join(os.Getenv("HOME"), ".pyenv/versions/3.13.0/bin/python3.13")

// line formats one parse as cmd/subpy-ast does.
func line(filename string, src []byte, mode parser.Mode, opts parser.Options) string {
	mod, err := parser.ParseFile(filename, src, mode, opts)
	if err == nil {
		s, derr := ast.Dump(mod, true)
		if derr == nil {
			return s
		}
		err = derr
	}
	var se *scanner.Error
	var oe *parser.OtherError
	var ie *ast.IntReprError
	var re *ast.RecursionError
	switch {
	case errors.As(err, &se):
		return se.Type + ": " + se.Msg + " (" + filename + ", line " + pyInt(se.Line) + ", column " + pyInt(se.Col) + ")"
	case errors.As(err, &oe):
		return oe.Type + ": " + oe.Msg
	case errors.As(err, &ie):
		return "ValueError: " + ie.Msg
	case errors.As(err, &re):
		return "RecursionError: " + re.Msg
	}
	return "unexpected error: " + err.Error()
}

// goldenLine formats one parse as testdata/gen_golden.py does: line's
// format, a SyntaxError followed by its end position (" end L:C").
func goldenLine(filename string, src []byte, mode parser.Mode, opts parser.Options) string {
	s := line(filename, src, mode, opts)
	_, err := parser.ParseFile(filename, src, mode, opts)
	var se *scanner.Error
	if errors.As(err, &se) {
		s += " end " + pyInt(se.EndLine) + ":" + pyInt(se.EndCol)
	}
	return s
}

func pyInt(n int) string {
	if n == scanner.None {
		return "None"
	}
	return strconv.Itoa(n)
}

// splitCases mirrors gen_golden.py's chunk format.
func splitCases(text string) (parser.Mode, parser.Options, []string) {
	mode, opts := parser.Exec, parser.Options{}
	lines := strings.Split(text, "\n")
	for len(lines) > 0 && (strings.HasPrefix(lines[0], "#mode:") || strings.HasPrefix(lines[0], "#flags:")) {
		h := lines[0]
		lines = lines[1:]
		if v, ok := strings.CutPrefix(h, "#mode:"); ok {
			mode, _ = parser.ParseMode(strings.TrimSpace(v))
		} else {
			opts.TypeComments = strings.Contains(h[len("#flags:"):], "t")
		}
	}
	return mode, opts, strings.Split(strings.Join(lines, "\n"), "\n---\n")
}

// TestGolden parses every case of testdata/*.txt and every testdata/*.py
// and compares with the dumps python3.13 wrote (gen_golden.py).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/*.txt")
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		golden, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".golden")
		if err != nil {
			t.Fatalf("%v (run testdata/gen_golden.py with python3.13)", err)
		}
		want := strings.Split(strings.TrimSuffix(string(golden), "\n"), "\n")
		mode, opts, cases := splitCases(string(text))
		if len(want) != len(cases) {
			t.Fatalf("%s: %d cases, %d golden lines: regenerate", f, len(cases), len(want))
		}
		for i, c := range cases {
			got := goldenLine("<case>", []byte(c), mode, opts)
			if got != want[i] {
				t.Errorf("%s case %d:\n%s\ngot:  %s\nwant: %s", f, i+1, c, got, want[i])
			}
		}
	}
	pys, _ := filepath.Glob("testdata/*.py")
	for _, f := range pys {
		if strings.HasPrefix(filepath.Base(f), "gen_") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		golden, err := os.ReadFile(f + ".golden")
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		got := goldenLine(name, src, parser.Exec, parser.Options{TypeComments: strings.HasSuffix(f, "_tc.py")})
		if want := strings.TrimSuffix(string(golden), "\n"); got != want {
			t.Errorf("%s:\ngot:  %s\nwant: %s", f, firstDiff(got, want), firstDiff(want, got))
		}
	}
}

// firstDiff shows a window of a around its first difference from b.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo, hi := max(i-150, 0), min(i+150, len(a))
	return "…" + a[lo:hi] + "…"
}

// stdlibSample is a fixed sample of CPython 3.13's standard library,
// compared live with python3.13's ast.dump.
var stdlibSample = []string{
	"ast.py", "argparse.py", "dataclasses.py", "enum.py", "functools.py",
	"typing.py", "asyncio/base_events.py", "json/decoder.py", "re/_parser.py",
	"test/test_grammar.py", "test/test_patma.py", "test/test_fstring.py",
	"test/test_type_params.py", "test/test_unicode_identifiers.py",
	"test/test_string_literals.py", "test/test_coroutines.py",
	"test/test_exception_groups.py", "test/test_positional_only_arg.py",
	"test/test_keywordonlyarg.py", "test/test_with.py",
	"test/test_tokenize.py", "test/test_syntax.py",
	"test/test_type_aliases.py", "test/test_named_expressions.py",
	"lib2to3/tests/data/bom.py", "test/badsyntax_3131.py",
	"test/test_future_stmt/badsyntax_future.py",
}

// TestStdlibSample compares the parse of a sample of the standard library
// with python3.13's, with and without type comments.
func TestStdlibSample(t *testing.T) {
	if _, err := os.Stat(oracle); err != nil {
		t.Fatalf("the CPython 3.13 oracle is missing at %s (pyenv install 3.13.0): %v", oracle, err)
	}
	lib := filepath.Join(filepath.Dir(filepath.Dir(oracle)), "lib/python3.13")
	var paths []string
	for _, f := range stdlibSample {
		p := filepath.Join(lib, f)
		if _, err := os.Stat(p); err == nil {
			paths = append(paths, p)
		}
	}
	if len(paths) < len(stdlibSample)/2 {
		t.Fatalf("only %d of the sample files exist under %s", len(paths), lib)
	}
	for _, tc := range []bool{false, true} {
		script := `import ast, sys
tc = sys.argv[1] == '1'
for f in sys.argv[2:]:
    src = open(f, 'rb').read()
    try:
        print(ast.dump(ast.parse(src, f, 'exec', type_comments=tc), include_attributes=True))
    except SyntaxError as e:
        print('%s: %s (%s, line %s, column %s)' % (type(e).__name__, e.msg, f, e.lineno, e.offset))
    except Exception as e:
        print('%s: %s' % (type(e).__name__, e))
`
		flag := "0"
		if tc {
			flag = "1"
		}
		out, err := exec.Command(oracle, append([]string{"-c", script, flag}, paths...)...).Output()
		if err != nil {
			t.Fatalf("running the oracle: %v", err)
		}
		want := bytes.Split(bytes.TrimSuffix(out, []byte("\n")), []byte("\n"))
		if len(want) != len(paths) {
			t.Fatalf("oracle printed %d lines for %d files", len(want), len(paths))
		}
		for i, p := range paths {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			got := line(p, src, parser.Exec, parser.Options{TypeComments: tc})
			if got != string(want[i]) {
				t.Errorf("%s (type_comments=%v):\ngot:  %s\nwant: %s", p, tc, firstDiff(got, string(want[i])), firstDiff(string(want[i]), got))
			}
		}
	}
}
