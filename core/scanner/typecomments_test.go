package scanner

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/subpy/subpy/core/token"
)

// pyRepr spells s as Python's repr does for the ASCII strings of the type
// comment cases.
func pyRepr(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for _, r := range s {
		switch {
		case r == '\'' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x` + hex2(byte(r)))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// TestTypeComments compares the TYPE_IGNORE and TYPE_COMMENT tokens with
// the type_ignores and type_comment attributes of python3.13's
// ast.parse(..., type_comments=True) (testdata/typecomments_cases.golden).
func TestTypeComments(t *testing.T) {
	casesPath := filepath.Join("testdata", "typecomments_cases.txt")
	goldenPath := filepath.Join("testdata", "typecomments_cases.golden")
	if *update {
		out, err := exec.Command(python313(), filepath.Join("testdata", "typecomments_oracle.py"), casesPath).Output()
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
	order, want := parseOracle(t, string(golden))
	if len(order) != len(names) {
		t.Fatalf("golden has %d cases, cases file %d: run go test -update", len(order), len(names))
	}
	for i, name := range names {
		s, err := New(name, []byte(srcs[i]), Options{TypeComments: true})
		if err != nil {
			t.Fatal(err)
		}
		var ignores, comments []string
		for {
			tok := s.Next()
			if tok.Kind == token.ERRORTOKEN {
				t.Fatalf("%s: %v", name, s.Err())
			}
			if tok.Kind == token.ENDMARKER {
				break
			}
			switch tok.Kind {
			case token.TYPE_IGNORE:
				ignores = append(ignores, "ignore "+strconv.Itoa(tok.Start.Line)+" "+pyRepr(tok.Text))
			case token.TYPE_COMMENT:
				comments = append(comments, "comment "+pyRepr(tok.Text))
			}
		}
		sort.Strings(ignores)
		sort.Strings(comments)
		got := append(ignores, comments...)
		if strings.Join(got, "\n") != strings.Join(want[name], "\n") {
			t.Errorf("%s:\n got %q\nwant %q", name, got, want[name])
		}
	}
}
