package scanner

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/subpy/subpy/core/token"
)

// unescapeCase decodes the escapes of an "esc:" case exactly as
// errors_oracle.py does.
func unescapeCase(s string) []byte {
	var out []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) {
			n := s[i+1]
			if n == 'x' {
				v, _ := strconv.ParseUint(s[i+2:i+4], 16, 8)
				out = append(out, byte(v))
				i += 3
				continue
			}
			out = append(out, map[byte]byte{'n': '\n', 't': '\t', 'r': '\r', '0': 0, '\\': '\\', 'f': '\f'}[n])
			i++
			continue
		}
		out = append(out, c)
	}
	return out
}

// firstError scans src as CPython's parser would and returns the error
// it reports, as far as the scanner can tell. CPython runs a literal's
// action (and so reports its decoding error) once the parser has the
// token after it; an f-string's middles are decoded only at its
// FSTRING_END, and that error is reported at the FSTRING_END. A scanner
// error before that wins. After a literal error CPython re-tokenizes the
// rest of the source: a later direct tokenizer error (or a bracket left
// open at the end, opened on an earlier line than the literal error)
// replaces it, unless the scanner is inside an f-string then.
func firstError(name string, src []byte, opts Options) *Error {
	s, err := New(name, src, opts)
	if err != nil {
		return err.(*Error)
	}
	var first, pending *Error // pending: a middle's error, until FSTRING_END
	var raw []bool            // f-string nesting: is each one raw?
	pendingDepth := -1        // depth of the f-string whose middle failed
	for {
		tok := s.Next()
		switch tok.Kind {
		case token.ERRORTOKEN:
			if first == nil {
				return s.Err()
			}
			if s.InFString() {
				return first
			}
			if s.ErrDirect() {
				return s.Err()
			}
			if s.ErrEOF() {
				if _, pos, ok := s.OpenBracket(); ok && first.Line > pos.Line {
					return s.Err()
				}
			}
			return first
		case token.ENDMARKER:
			return first
		case token.STRING:
			if _, _, err := s.DecodeString(tok); err != nil && first == nil {
				first = err
			}
		case token.NUMBER:
			if _, err := s.ParseNumber(tok); err != nil && first == nil {
				first = err
			}
		case token.FSTRING_START:
			raw = append(raw, IsRawFString(tok))
		case token.FSTRING_END:
			if pendingDepth == len(raw) {
				line := s.Line(tok.Start.Line)
				pending.Line, pending.EndLine = tok.Start.Line, tok.End.Line
				pending.Col = byteToCharOffset(line, tok.Start.Col+1)
				pending.EndCol = byteToCharOffset(line, tok.End.Col+1)
				if first == nil {
					first = pending
				}
				pending, pendingDepth = nil, -1
			}
			raw = raw[:len(raw)-1]
		case token.FSTRING_MIDDLE:
			if _, err := s.DecodeFStringMiddle(tok, raw[len(raw)-1]); err != nil && first == nil && pending == nil {
				pending, pendingDepth = err, len(raw)
			}
		}
	}
}

func pyInt(n int) string {
	if n == None {
		return "None"
	}
	return strconv.Itoa(n)
}

// formatError spells an error as errors_oracle.py prints it.
func formatError(e *Error) string {
	if e == nil {
		return "OK"
	}
	return strings.Join([]string{e.Type, e.Msg, pyInt(e.Line), pyInt(e.Col), pyInt(e.EndLine), pyInt(e.EndCol)}, "\t")
}

// TestErrorsGolden checks messages and positions of tokenizer and literal
// errors against CPython 3.13 (testdata/errors_cases.golden, written by
// errors_oracle.py; -update regenerates it).
func TestErrorsGolden(t *testing.T) {
	casesPath := filepath.Join("testdata", "errors_cases.txt")
	goldenPath := filepath.Join("testdata", "errors_cases.golden")
	if *update {
		out, err := exec.Command(python313(), filepath.Join("testdata", "errors_oracle.py"), casesPath).Output()
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
	names, srcs := splitCases(string(data))
	want := map[string]string{}
	f, err := os.Open(goldenPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		name, rest, _ := strings.Cut(sc.Text(), "\t")
		want[name] = rest
	}
	if len(want) != len(names) {
		t.Fatalf("golden has %d cases, cases file %d: run go test -update", len(want), len(names))
	}
	for i, name := range names {
		src := []byte(srcs[i])
		if strings.HasPrefix(name, "esc:") {
			src = unescapeCase(strings.TrimRight(srcs[i], "\n"))
		}
		opts := Options{NoFinalNewline: strings.HasPrefix(name, "eval:")}
		got := formatError(firstError(name, src, opts))
		if strings.HasPrefix(strings.TrimPrefix(name, "esc:"), "parser:") {
			// CPython's parser reports this one: the scanner must accept
			// the input and CPython must reject it.
			if got != "OK" || want[name] == "OK" {
				t.Errorf("%s: scanner %s; CPython %s", name, got, want[name])
			}
			continue
		}
		if got != want[name] {
			t.Errorf("%s:\n got %s\nwant %s", name, got, want[name])
		}
	}
}
