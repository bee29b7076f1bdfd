package symtable

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/parser"
	"github.com/subpy/subpy/core/scanner"
)

// The oracle: goldens are regenerated with
//
//	python3.13 testdata/symdump.py --update
const oracle = "/root/.pyenv/versions/3.13.0/bin/python3.13"

// dumpTable prints t as testdata/symdump.py prints the symtable module's
// view of CPython's table.
//
// For function and class scopes it also prints the facts CPython's code
// objects show (symdump.py finds the code object by name and first line;
// where it finds none or several, neither side prints the line).
// When it cannot tell the code object (two on one line), symdump.py
// prints "code ?", and compareDumps accepts any facts there.
func dumpTable(t *Table) string {
	var b strings.Builder
	dumpScope(&b, t.Top, 0)
	return b.String()
}

// codeFacts are the facts of s that compile() turns into code-object
// flags and cells, as symdump.py prints them ("" for other scopes).
func codeFacts(s *Scope) string {
	switch s.Kind {
	case ClassScope:
		return fmt.Sprintf("classcell=%d classdictcell=%d", pyBool(s.NeedsClassClosure), pyBool(s.NeedsClassDict))
	case FunctionScope:
		return fmt.Sprintf("generator=%d coroutine=%d varargs=%d varkw=%d",
			pyBool(s.Generator), pyBool(s.Coroutine), pyBool(s.Varargs), pyBool(s.Varkw))
	}
	return ""
}

func pyBool(v bool) int {
	if v {
		return 1
	}
	return 0
}

func pyList(names []string) string {
	if len(names) == 0 {
		return "[]"
	}
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// orderedSymbols returns s.Symbols with the trailing run of flagless
// symbols sorted by name (symdump.py's order).
func orderedSymbols(s *Scope) []Symbol {
	syms := append([]Symbol(nil), s.Symbols...)
	n := len(syms)
	for n > 0 && syms[n-1].Flags == 0 {
		n--
	}
	tail := syms[n:]
	sort.Slice(tail, func(i, j int) bool { return tail[i].Name < tail[j].Name })
	return syms
}

func dumpScope(b *strings.Builder, s *Scope, depth int) {
	ind := strings.Repeat("  ", depth)
	fmt.Fprintf(b, "%stable %s '%s' line=%d nested=%d optimized=%d children=%d\n",
		ind, s.Kind, s.Name, s.Lineno, pyBool(s.Nested), pyBool(s.IsOptimized()), len(s.Children))
	if facts := codeFacts(s); facts != "" {
		fmt.Fprintf(b, "%s  code %s\n", ind, facts)
	}
	fmt.Fprintf(b, "%s  varnames %s\n", ind, pyList(s.Varnames))
	syms := orderedSymbols(s)
	if s.Kind == FunctionScope {
		for _, what := range []string{"parameters", "locals", "globals", "nonlocals", "frees"} {
			var names []string
			for i := range syms {
				sym := &syms[i]
				var ok bool
				switch what {
				case "parameters":
					ok = sym.IsParameter()
				case "locals":
					ok = sym.IsLocal()
				case "globals":
					ok = sym.IsGlobal()
				case "nonlocals":
					ok = sym.IsNonlocal()
				case "frees":
					ok = sym.IsFree()
				}
				if ok {
					names = append(names, sym.Name)
				}
			}
			fmt.Fprintf(b, "%s  %s %s\n", ind, what, pyList(names))
		}
	}
	moduleScope := s.Name == "top"
	for i := range syms {
		sym := &syms[i]
		namespace := false
		for _, c := range s.Children {
			if c.Name == sym.Name {
				namespace = true
			}
		}
		bound := moduleScope && sym.IsBound()
		preds := []struct {
			letter byte
			ok     bool
		}{
			{'r', sym.IsReferenced()}, {'i', sym.IsImported()}, {'p', sym.IsParameter()},
			{'g', sym.IsGlobal() || bound}, {'n', sym.IsNonlocal()}, {'d', sym.IsDeclaredGlobal()},
			{'l', sym.IsLocal() || bound}, {'a', sym.IsAnnotated()}, {'f', sym.IsFree()},
			{'s', sym.IsAssigned()}, {'N', namespace},
		}
		p := make([]byte, len(preds))
		for j, x := range preds {
			p[j] = '-'
			if x.ok {
				p[j] = x.letter
			}
		}
		fmt.Fprintf(b, "%s  sym '%s' %d %s\n", ind, sym.Name, sym.Raw(), p)
	}
	for _, c := range s.Children {
		dumpScope(b, c, depth+1)
	}
}

func parserParse(filename string, src []byte) (ast.Mod, error) {
	return parser.ParseFile(filename, src, parser.Exec, parser.Options{})
}

func buildFile(t *testing.T, filename string, src []byte) (*Table, error) {
	t.Helper()
	return buildMode(t, filename, src, parser.Exec)
}

func buildMode(t *testing.T, filename string, src []byte, mode parser.Mode) (*Table, error) {
	t.Helper()
	mod, err := parser.ParseFile(filename, src, mode, parser.Options{})
	if err != nil {
		t.Fatalf("%s: parse: %v", filename, err)
	}
	return Build(mod, filename)
}

// firstDiff reports the first differing line of two dumps, with context.
// A "code ?" line of want (symdump.py found no unique code object) matches
// any code line.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if strings.HasSuffix(wl, "  code ?") && strings.HasPrefix(gl, strings.TrimSuffix(wl, "?")) {
			continue
		}
		if gl != wl {
			lo := max(0, i-4)
			return fmt.Sprintf("line %d:\n  context: %s\n  got:  %q\n  want: %q",
				i+1, strings.Join(w[lo:i], "\n           "), gl, wl)
		}
	}
	return ""
}

func TestGoldens(t *testing.T) {
	modes := map[string]parser.Mode{".py": parser.Exec, ".eval": parser.Eval, ".single": parser.Single}
	files, err := filepath.Glob("testdata/cases/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, path := range files {
		mode, ok := modes[filepath.Ext(path)]
		if !ok {
			continue
		}
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, filepath.Ext(path)) + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			tab, err := buildMode(t, name, src, mode)
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			if d := firstDiff(dumpTable(tab), string(want)); d != "" {
				t.Errorf("dump differs from python3.13's symtable at %s", d)
			}
		})
	}
}

type errorCase struct {
	name, src, msg string
	pos            [4]int
}

func readErrorCases(t *testing.T) []errorCase {
	split := func(path string) [][2]string {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var out [][2]string
		for _, chunk := range strings.Split(string(data), "### ")[1:] {
			name, body, _ := strings.Cut(chunk, "\n")
			out = append(out, [2]string{name, body})
		}
		return out
	}
	srcs := split("testdata/errors.txt")
	wants := split("testdata/errors.golden")
	if len(srcs) != len(wants) {
		t.Fatalf("errors.txt has %d cases, errors.golden %d: regenerate", len(srcs), len(wants))
	}
	var cases []errorCase
	for i, s := range srcs {
		w := wants[i]
		if s[0] != w[0] {
			t.Fatalf("case %d: %q in errors.txt, %q in errors.golden: regenerate", i, s[0], w[0])
		}
		lines := strings.Split(strings.TrimRight(w[1], "\n"), "\n")
		if len(lines) != 2 {
			t.Fatalf("errors.golden case %q malformed", w[0])
		}
		c := errorCase{name: s[0], src: s[1], msg: lines[0]}
		for j, f := range strings.Fields(lines[1]) {
			n, err := strconv.Atoi(f)
			if err != nil || j > 3 {
				t.Fatalf("errors.golden case %q: bad position %q", w[0], lines[1])
			}
			c.pos[j] = n
		}
		cases = append(cases, c)
	}
	return cases
}

func TestErrors(t *testing.T) {
	for _, c := range readErrorCases(t) {
		t.Run(c.name, func(t *testing.T) {
			_, err := buildFile(t, "<test>", []byte(c.src))
			if err == nil {
				t.Fatalf("no error; want SyntaxError %q", c.msg)
			}
			se, ok := err.(*scanner.Error)
			if !ok {
				t.Fatalf("error %T %v, want *scanner.Error", err, err)
			}
			got := [4]int{se.Line, se.Col, se.EndLine, se.EndCol}
			if se.Type != "SyntaxError" || se.Msg != c.msg || got != c.pos {
				t.Errorf("got %s %q at %v, want SyntaxError %q at %v", se.Type, se.Msg, got, c.msg, c.pos)
			}
		})
	}
}

// stdlibSample returns about 100 modules of CPython 3.13's Lib/, spread
// over the sorted list of top-level .py files.
func stdlibSample(t *testing.T) []string {
	lib := filepath.Join(filepath.Dir(filepath.Dir(oracle)), "lib", "python3.13")
	files, err := filepath.Glob(filepath.Join(lib, "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob(filepath.Join(lib, "*", "*.py"))
	files = append(files, more...)
	sort.Strings(files)
	if len(files) < 100 {
		t.Fatalf("only %d files under %s", len(files), lib)
	}
	step := len(files) / 100
	var out []string
	for i := 0; i < len(files) && len(out) < 100; i += step {
		out = append(out, files[i])
	}
	return out
}

func TestStdlibAgainstOracle(t *testing.T) {
	if _, err := os.Stat(oracle); err != nil {
		t.Fatalf("the CPython 3.13 oracle is missing at %s (pyenv install 3.13.0): %v", oracle, err)
	}
	files := stdlibSample(t)
	cmd := exec.Command("nice", append([]string{oracle, "testdata/symdump.py", "--dump"}, files...)...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("symdump.py: %v", err)
	}
	dumps := map[string]string{}
	for _, chunk := range strings.Split(string(out), "=== ")[1:] {
		path, body, _ := strings.Cut(chunk, "\n")
		dumps[path] = body
	}
	failed := 0
	for _, path := range files {
		want, ok := dumps[path]
		if !ok {
			t.Errorf("%s: no dump from the oracle", path)
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		tab, err := buildFile(t, path, src)
		if err != nil {
			if strings.HasPrefix(want, "error ") {
				if got := "error " + err.(*scanner.Error).Msg + "\n"; got != want {
					t.Errorf("%s: got %q, want %q", path, got, want)
				}
				continue
			}
			t.Errorf("%s: Build: %v", path, err)
			failed++
			continue
		}
		if d := firstDiff(dumpTable(tab), want); d != "" {
			t.Errorf("%s: differs at %s", path, d)
			failed++
		}
	}
	t.Logf("%d stdlib files compared, %d differ", len(files), failed)
}
