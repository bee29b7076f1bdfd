package scanner

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/subpy/subpy/core/token"
)

var update = flag.Bool("update", false, "regenerate testdata goldens with python3.13")

// python313 is the oracle (see the Makefile's PY313).
func python313() string {
	if p := os.Getenv("PY313"); p != "" {
		return p
	}
	return filepath.Join(os.Getenv("HOME"), ".pyenv/versions/3.13.0/bin/python3.13")
}

// splitCases splits a cases file exactly as tokenize_oracle.py does.
func splitCases(data string) (names, srcs []string) {
	var buf []string
	name := ""
	started := false
	for _, line := range strings.Split(data, "\n") {
		if strings.HasPrefix(line, "#### ") {
			if started {
				names = append(names, name)
				srcs = append(srcs, strings.Join(buf, "\n"))
			}
			name, buf, started = strings.TrimSpace(line[5:]), nil, true
			continue
		}
		buf = append(buf, line)
	}
	if started {
		names = append(names, name)
		srcs = append(srcs, strings.Join(buf, "\n"))
	}
	return names, srcs
}

// parseOracle reads tokenize_oracle.py output: name -> token lines (nil
// when tokenize raised).
func parseOracle(t *testing.T, data string) (order []string, streams map[string][]string) {
	order, streams, _ = parseOracleVerdicts(t, data)
	return order, streams
}

// parseOracleVerdicts is parseOracle also returning the "%%" verdicts of
// files.
func parseOracleVerdicts(t *testing.T, data string) (order []string, streams map[string][]string, verdicts map[string]string) {
	streams = map[string][]string{}
	verdicts = map[string]string{}
	cur := ""
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "== "):
			cur = line[3:]
			order = append(order, cur)
			streams[cur] = []string{}
		case strings.HasPrefix(line, "!! "):
			streams[cur] = nil
		case strings.HasPrefix(line, "%% "):
			verdicts[cur] = line[3:]
		default:
			streams[cur] = append(streams[cur], line)
		}
	}
	return order, streams, verdicts
}

// tokenLines scans src in tokenize-module mode and formats each token as
// tokenize_oracle.py does.
func tokenLines(name string, src []byte) ([]string, error) {
	s, err := New(name, src, Options{Comments: true})
	if err != nil {
		return nil, err
	}
	var out []string
	for i := 0; ; i++ {
		tok := s.Next()
		if tok.Kind == token.ERRORTOKEN {
			return out, s.Err()
		}
		// The tokenize module reports columns in characters.
		sc, ec := charCols(s, tok.Start), charCols(s, tok.End)
		b, _ := json.Marshal([]any{tok.Kind.String(), tok.Text, tok.Start.Line, sc, tok.End.Line, ec})
		out = append(out, string(b))
		if tok.Kind == token.ENDMARKER {
			return out, nil
		}
		if i > 10*len(src)+100 {
			return out, fmt.Errorf("no ENDMARKER after %d tokens", i)
		}
	}
}

func charCols(s *Scanner, p token.Pos) int {
	line := s.Line(p.Line)
	if p.Col <= len(line) {
		return utf8.RuneCountInString(line[:p.Col])
	}
	return utf8.RuneCountInString(line) + p.Col - len(line)
}

// normJSON re-encodes a token line so Python's and Go's JSON spellings
// compare equal.
func normJSON(line string) string {
	var v []any
	if err := json.Unmarshal([]byte(line), &v); err != nil {
		return line
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func compareStreams(t *testing.T, name string, got, want []string) bool {
	t.Helper()
	for i := 0; i < len(got) || i < len(want); i++ {
		g, w := "<none>", "<none>"
		if i < len(got) {
			g = got[i] // already Go's spelling
		}
		if i < len(want) {
			w = normJSON(want[i])
		}
		if g != w {
			t.Errorf("%s: token %d:\n got %s\nwant %s", name, i, g, w)
			return false
		}
	}
	return true
}

// TestTokenizeGolden compares the scanner (Options.Comments, the tokenize
// module's mode) with python3.13's tokenize on testdata/tokenize_cases.txt;
// the golden is testdata/tokenize_cases.golden (-update regenerates it).
func TestTokenizeGolden(t *testing.T) {
	casesPath := filepath.Join("testdata", "tokenize_cases.txt")
	goldenPath := filepath.Join("testdata", "tokenize_cases.golden")
	if *update {
		out, err := exec.Command(python313(), filepath.Join("testdata", "tokenize_oracle.py"), "cases", casesPath).Output()
		if err != nil {
			t.Fatalf("running the oracle: %v", err)
		}
		if err := os.WriteFile(goldenPath, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(casesPath)
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatal(err)
	}
	names, srcs := splitCases(string(data))
	order, streams := parseOracle(t, string(golden))
	if len(order) != len(names) {
		t.Fatalf("golden has %d cases, cases file %d: run go test -update", len(order), len(names))
	}
	for i, name := range names {
		want := streams[name]
		if want == nil {
			t.Errorf("%s: tokenize rejects this case; keep only valid input here", name)
			continue
		}
		got, err := tokenLines(name, []byte(srcs[i]))
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		compareStreams(t, name, got, want)
	}
}

var stdlibSample = flag.Int("stdlib", 80, "compare with python3.13's tokenize on every Nth .py file of its standard library (0: off, 1: all)")

var stdlibFiles = flag.String("stdlib-files", "", "comma-separated files for TestTokenizeStdlib instead of the standard library")

// TestTokenizeStdlib runs the oracle live over a sample of CPython 3.13's
// standard library (every -stdlib'th file in sorted order) and compares
// the token streams.
func TestTokenizeStdlib(t *testing.T) {
	if *stdlibSample <= 0 {
		t.Skip("-stdlib=0")
	}
	root := filepath.Join(filepath.Dir(filepath.Dir(python313())), "lib", "python3.13")
	var files []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("walking %s: %v", root, err)
	}
	sort.Strings(files)
	if *stdlibFiles != "" {
		files = strings.Split(*stdlibFiles, ",")
	}
	var sample []string
	for i := 0; i < len(files); i += *stdlibSample {
		sample = append(sample, files[i])
	}
	if len(sample) == 0 {
		t.Fatalf("no files under %s", root)
	}
	out, err := exec.Command(python313(), append([]string{filepath.Join("testdata", "tokenize_oracle.py"), "files"}, sample...)...).Output()
	if err != nil {
		t.Fatalf("running the oracle: %v", err)
	}
	_, streams, verdicts := parseOracleVerdicts(t, string(out))
	same, rejected, bad := 0, 0, 0
	for _, f := range sample {
		want := streams[f]
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// In parser mode the scanner's error, if any, must be the one
		// ast.parse reports; a tokenizer error ast.parse reports must be
		// the scanner's.
		verdict := verdicts[f]
		perr := formatError(firstError(f, src, Options{}))
		fields := strings.Split(verdict, "\t")
		if (perr != "OK" || len(fields) > 1 && isTokenizerMessage(fields[1])) && perr != verdict {
			t.Errorf("%s: parser mode gives %s, ast.parse %s", f, perr, verdict)
		}
		got, gerr := tokenLines(f, src)
		if want == nil {
			rejected++
			// tokenize decodes the whole file first; the parser's mode
			// rejects bad bytes where a token needs decoding.
			if gerr == nil && firstError(f, src, Options{}) == nil {
				t.Errorf("%s: tokenize rejects it, the scanner accepts it", f)
			}
			continue
		}
		if gerr != nil {
			t.Errorf("%s: %v", f, gerr)
			bad++
			continue
		}
		if compareStreams(t, f, got, want) {
			same++
		} else {
			bad++
		}
	}
	t.Logf("%d files: %d identical token streams, %d rejected by both, %d different", len(sample), same, rejected, bad)
}
