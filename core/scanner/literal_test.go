package scanner

import (
	"bufio"
	"encoding/hex"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/subpy/subpy/core/token"
)

// literalValue evaluates the one literal of src as literal_oracle.py
// prints it.
func literalValue(t *testing.T, name, src string) string {
	s, err := New(name, []byte(src), Options{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var parts []string // f-string constant parts
	cur, inF, raw, depth := "", false, false, 0
	for {
		tok := s.Next()
		switch tok.Kind {
		case token.ERRORTOKEN:
			t.Fatalf("%s: %v", name, s.Err())
		case token.ENDMARKER:
			if inF {
				return "fstr " + strings.Join(parts, ",")
			}
			t.Fatalf("%s: no literal", name)
		case token.STRING:
			v, isBytes, err := s.DecodeString(tok)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if isBytes {
				return "bytes " + hex.EncodeToString([]byte(v))
			}
			return "str " + hex.EncodeToString([]byte(v))
		case token.NUMBER:
			n, err := s.ParseNumber(tok)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			switch n.Kind {
			case Int:
				if n.Big != nil {
					return "int " + n.Big.String()
				}
				return "int " + strconv.FormatInt(n.Small, 10)
			case Float:
				return "float " + strconv.FormatUint(math.Float64bits(n.Float), 10)
			default:
				return "imag " + strconv.FormatUint(math.Float64bits(n.Float), 10)
			}
		case token.FSTRING_START:
			inF, raw = true, IsRawFString(tok)
		case token.LBRACE:
			if depth == 0 && cur != "" {
				parts = append(parts, hex.EncodeToString([]byte(cur)))
				cur = ""
			}
			depth++
		case token.RBRACE:
			depth--
		case token.FSTRING_MIDDLE:
			v, err := s.DecodeFStringMiddle(tok, raw)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			cur += v
		case token.FSTRING_END:
			if cur != "" {
				parts = append(parts, hex.EncodeToString([]byte(cur)))
			}
		}
	}
}

// TestLiteralValues compares decoded strings, bytes, f-string parts and
// numbers with python3.13's values (testdata/literal_cases.golden, written
// by literal_oracle.py; -update regenerates it).
func TestLiteralValues(t *testing.T) {
	casesPath := filepath.Join("testdata", "literal_cases.txt")
	goldenPath := filepath.Join("testdata", "literal_cases.golden")
	if *update {
		out, err := exec.Command(python313(), filepath.Join("testdata", "literal_oracle.py"), casesPath).Output()
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
	f, err := os.Open(goldenPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, rest, _ := strings.Cut(sc.Text(), " ")
		want[name] = rest
	}
	if len(want) != len(names) {
		t.Fatalf("golden has %d cases, cases file %d: run go test -update", len(want), len(names))
	}
	for i, name := range names {
		src := strings.TrimRight(srcs[i], "\n")
		if got := literalValue(t, name, src); got != want[name] {
			t.Errorf("case %s %q:\n got %s\nwant %s", name, src, got, want[name])
		}
	}
}

// TestNormalizeIdentifier checks NFKC against python3.13's
// unicodedata.normalize on identifier-like strings.
func TestNormalizeIdentifier(t *testing.T) {
	path := filepath.Join("testdata", "nfkc.golden")
	if *update {
		out, err := exec.Command(python313(), filepath.Join("testdata", "nfkc_oracle.py")).Output()
		if err != nil {
			t.Fatalf("running the oracle: %v", err)
		}
		if err := os.WriteFile(path, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		in, out, _ := strings.Cut(sc.Text(), " ")
		a, _ := hex.DecodeString(in)
		b, _ := hex.DecodeString(out)
		n++
		if got := NormalizeIdentifier(string(a)); got != string(b) {
			t.Errorf("NFKC(%+q) = %+q, want %+q", a, got, b)
		}
	}
	if n < 1000 {
		t.Fatalf("only %d cases in %s", n, path)
	}
}
